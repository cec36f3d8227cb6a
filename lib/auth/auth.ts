import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { env } from '@/lib/env';
import { getDb } from '@/lib/db/runtime';
import * as schema from '@/lib/db/schema';
import { PASSWORD_LENGTH } from '@/lib/schemas/auth';
import { recordAudit } from '@/lib/audit/record';
import { grantDefaultSsoRoles } from './users';

function createAuth() {
  const e = env();
  const db = getDb();
  const secure = e.WHARF_BASE_URL.startsWith('https://');
  return betterAuth({
    appName: 'Wharf',
    baseURL: e.WHARF_BASE_URL,
    secret: authSecret(),
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        rateLimit: schema.rateLimit,
      },
    }),
    // Accounts are created by an admin (or as demo accounts); nobody signs themselves up.
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
    },
    // Display names are shown in approvals and lists, so only an admin sets them (never update-user).
    disabledPaths: ['/update-user'],
    // Counts live in the database so every console instance shares them.
    rateLimit: { enabled: true, storage: 'database' },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
      // X-Forwarded-For is the client's to write unless a trusted proxy wrote it; with no proxy
      // configured no header is read and rate limits fall back to one bucket per path.
      ipAddress:
        e.trustedProxies.length > 0
          ? { ipAddressHeaders: ['x-forwarded-for'], trustedProxies: e.trustedProxies }
          : { ipAddressHeaders: [] },
    },
    trustedOrigins: [e.WHARF_BASE_URL],
    databaseHooks: {
      user: { create: { after: async (u) => grantDefaultSsoRoles(u.id) } },
      // Every new session is a sign-in, by password or through the identity provider's callback.
      session: { create: { after: async (s, ctx) => recordSignIn(s.userId, ctx?.path) } },
    },
    plugins: [
      ...(e.oidcEnabled
        ? [
            genericOAuth({
              config: [
                {
                  providerId: 'oidc',
                  discoveryUrl: `${e.OIDC_ISSUER!.replace(/\/$/, '')}/.well-known/openid-configuration`,
                  clientId: e.OIDC_CLIENT_ID!,
                  clientSecret: e.OIDC_CLIENT_SECRET!,
                  scopes: ['openid', 'email', 'profile'],
                  pkce: true,
                },
              ],
            }),
          ]
        : []),
      nextCookies(),
    ],
  });
}

function recordSignIn(userId: string, path: string | undefined) {
  const method = path?.startsWith('/oauth2/') ? 'sso' : 'password';
  return recordAudit({
    actorId: userId,
    action: 'sign-in',
    target: userId,
    outcome: 'ok',
    details: { method },
  });
}

type Auth = ReturnType<typeof createAuth>;
const KEY = Symbol.for('wharf.auth');

/** The better-auth instance, built once the database is open. */
export function getAuth(): Auth {
  const g = globalThis as Record<symbol, Auth | undefined>;
  return (g[KEY] ??= createAuth());
}

/** AUTH_SECRET, or one generated once and kept (mode 0600) under the data directory. */
function authSecret(): string {
  const e = env();
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  const file = path.join(e.dataDir, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(e.dataDir, { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}
