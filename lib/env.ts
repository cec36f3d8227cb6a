import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every setting is validated once; a bad value stops start-up with
 * one message naming the variable.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Unset: embedded PGlite under WHARF_DATA_DIR. Set: a PostgreSQL connection string. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    WHARF_DATA_DIR: z.string().min(1).default('.data'),
    /** `local` (default): the embedded Catalog API service. `aws`: the real AWS Marketplace Catalog API. */
    CATALOG_TARGET: z.enum(['local', 'aws']).default('local'),
    /** Overrides the endpoint URL (for a local service started elsewhere, or a VPC endpoint). */
    CATALOG_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    /** The longest one Catalog API call may take, SDK retries included, before it fails with TIMEOUT. */
    WHARF_CATALOG_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
    EMULATOR_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
    /** Time each emulated change set spends in PREPARING and in APPLYING, in milliseconds. */
    EMULATOR_STEP_MS: z.coerce.number().int().min(0).max(86_400_000).default(4000),
    /** How long the emulated Seller Operations review keeps an UpdateVisibility change set APPLYING (default 3 steps). */
    EMULATOR_REVIEW_MS: z.coerce.number().int().min(0).max(86_400_000).optional(),
    /** Test control on the local service's admin endpoint: hold, advance and release change sets (e2e tests). */
    EMULATOR_TEST_CONTROL: bool.default(false),
    /** The public URL of the console (used for auth callbacks and cookie security). */
    WHARF_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
    /** At least 32 characters. Unset in local mode: generated once and kept under WHARF_DATA_DIR. */
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    OIDC_ISSUER: z.url({ protocol: /^https$/ }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** Comma-separated roles given to a user's first single sign-on, before an admin assigns any. */
    OIDC_DEFAULT_ROLES: z.string().default(''),
    /**
     * Comma-separated IP addresses of the reverse proxies in front of the console. Only then is
     * X-Forwarded-For read for a client's address (sign-in rate limits); unset, it is ignored.
     */
    WHARF_TRUSTED_PROXIES: z
      .string()
      .default('')
      .refine((v) => list(v).every((ip) => net.isIP(ip) !== 0), 'must list IP addresses separated by commas'),
    WHARF_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    WHARF_DEMO_ACCOUNTS: bool.optional(),
    /** Comma-separated host names a webhook may reach although they resolve to this machine or a private network. */
    WHARF_WEBHOOK_ALLOW_HOSTS: z.string().default(''),
  })
  .superRefine((v, ctx) => {
    const oidc = [v.OIDC_ISSUER, v.OIDC_CLIENT_ID, v.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc > 0 && oidc < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together',
      });
    }
    if (v.CATALOG_TARGET === 'aws' && v.NODE_ENV === 'production' && !v.AUTH_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'is required when CATALOG_TARGET=aws' });
    }
  });

export type Env = z.infer<typeof schema> & {
  /** Absolute path of the data directory. */
  dataDir: string;
  isLocalCatalog: boolean;
  catalogEndpoint: string | undefined;
  oidcEnabled: boolean;
  demoAccounts: boolean;
  trustedProxies: string[];
};

/** Thrown at start-up for a bad setting; its message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}.`);
  }
  const v = result.data;
  const isLocalCatalog = v.CATALOG_TARGET === 'local';
  return {
    ...v,
    dataDir: path.resolve(v.WHARF_DATA_DIR),
    isLocalCatalog,
    catalogEndpoint:
      v.CATALOG_ENDPOINT ?? (isLocalCatalog ? `http://127.0.0.1:${v.EMULATOR_PORT}` : undefined),
    oidcEnabled: Boolean(v.OIDC_ISSUER),
    demoAccounts: v.WHARF_DEMO_ACCOUNTS ?? isLocalCatalog,
    trustedProxies: list(v.WHARF_TRUSTED_PROXIES),
  };
}

let cached: Env | undefined;

/** The validated environment of this process (parsed on first use). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
