/**
 * The allow/deny matrix: every server action and every route handler, called directly as anonymous
 * and as each role with a real better-auth session over a real database. A new action or route that
 * is not listed here fails the completeness tests, so nothing ships unchecked.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { can, ROLES, type Permission, type Role } from '@/lib/roles';
import { ACTION_MATRIX, ROUTE_MATRIX, PUBLIC_ACTIONS } from './authorization.matrix';

const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    set: () => undefined,
    delete: () => undefined,
    has: () => false,
  }),
}));
vi.mock('next/cache', () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));
vi.mock('next/navigation', () => {
  const interrupt = (digest: string) => Object.assign(new Error(digest), { digest });
  return {
    redirect: (url: string) => {
      throw interrupt(`NEXT_REDIRECT;replace;${url};307;`);
    },
    forbidden: () => {
      throw interrupt('NEXT_HTTP_ERROR_FALLBACK;403');
    },
    notFound: () => {
      throw interrupt('NEXT_HTTP_ERROR_FALLBACK;404');
    },
  };
});

const PASSWORD = 'matrix-test-password';
const cookies = new Map<Role, string>();
let closeAll: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-matrix-'));
  process.env.WHARF_DATA_DIR = dataDir;
  process.env.AUTH_SECRET = 'matrix-secret-matrix-secret-matrix-secret';
  process.env.WHARF_DEMO_ACCOUNTS = 'false';
  const { openMemoryDb } = await import('@/lib/db/testing/template');
  const { setDbHandle } = await import('@/lib/db/runtime');
  const handle = await openMemoryDb();
  setDbHandle(handle);
  let stopEmulator: () => Promise<void> = async () => undefined;
  try {
    const { startEmulator } = await import('@/lib/emulator');
    const emu = await startEmulator({ db: handle.db, port: 0, host: '127.0.0.1', stepMs: 50 });
    process.env.CATALOG_ENDPOINT = emu.url;
    stopEmulator = emu.close;
  } catch {
    // Without the local service, actions that reach the Catalog API fail after authorization; the matrix still holds.
  }
  const { hashPassword } = await import('better-auth/crypto');
  const { createLocalUser } = await import('@/lib/db/queries/users');
  const { getAuth } = await import('@/lib/auth/auth');
  for (const role of ROLES) {
    const email = `${role}@matrix.test`;
    await createLocalUser(handle.db, {
      name: role,
      email,
      passwordHash: await hashPassword(PASSWORD),
      roles: [role],
      createdBy: null,
    });
    const res = (await getAuth().api.signInEmail({
      body: { email, password: PASSWORD },
      asResponse: true,
    })) as Response;
    const setCookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(setCookie).toContain('session_token');
    cookies.set(role, setCookie);
  }
  closeAll = async () => {
    await stopEmulator();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}, 120_000);

afterAll(async () => closeAll());

const callers: Array<{ who: string; role?: Role }> = [
  { who: 'anonymous' },
  ...ROLES.map((role) => ({ who: role, role })),
];

function expectedAllowed(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && can([role], permission);
}

describe('server actions', () => {
  it('lists every exported action in the matrix', () => {
    const files = walk('lib/actions').filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('authorization.'),
    );
    const found: string[] = [];
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      if (!src.startsWith("'use server'")) continue;
      for (const m of src.matchAll(/export (?:async function|const) (\w+Action)\b/g))
        found.push(`${path.relative('lib/actions', f).replace(/\.ts$/, '')}#${m[1]}`);
      // Every action goes through the wrapper: no hand-written session check and parse.
      expect(src, f).toMatch(/export const \w+Action = define(?:Public)?Action\(/);
      expect(src, f).not.toMatch(/export async function/);
    }
    const listed = new Set([...ACTION_MATRIX.map((a) => `${a.file}#${a.name}`), ...PUBLIC_ACTIONS]);
    expect(found.filter((f) => !listed.has(f))).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });

  for (const entry of ACTION_MATRIX) {
    for (const caller of callers) {
      const allowed = expectedAllowed(caller.role, entry.permission);
      it(`${entry.file}#${entry.name} as ${caller.who} is ${allowed ? 'allowed' : 'denied'}`, async () => {
        state.cookie = caller.role ? cookies.get(caller.role)! : '';
        const mod = (await import(`./${entry.file}.ts`)) as Record<
          string,
          (input: unknown) => Promise<unknown>
        >;
        let result: unknown;
        try {
          result = await mod[entry.name]!(entry.input());
        } catch (err) {
          // redirect() after success is an allowed outcome.
          result = { thrown: String((err as { digest?: string }).digest ?? err) };
        }
        const code = (result as { code?: string } | undefined)?.code;
        if (allowed) expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(code);
        else expect(code).toBe(caller.role ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      });
    }
  }
});

describe('route handlers', () => {
  it('lists every route handler in the matrix', () => {
    const files = walk('app/api').filter(
      (f) => /route\.ts$/.test(f) && !f.includes('/auth/') && !f.includes('/health/'),
    );
    const listed = new Set(ROUTE_MATRIX.map((r) => r.file));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });

  it('lists every exported method of each route handler', () => {
    const missing: string[] = [];
    for (const file of new Set(ROUTE_MATRIX.map((r) => r.file))) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(
        /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g,
      )) {
        if (!ROUTE_MATRIX.some((r) => r.file === file && (r.method ?? 'GET') === m[1]))
          missing.push(`${m[1]} ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  for (const entry of ROUTE_MATRIX) {
    for (const caller of callers) {
      const allowed = expectedAllowed(caller.role, entry.permission);
      const method = entry.method ?? 'GET';
      it(`${method} ${entry.file} as ${caller.who} is ${allowed ? 'allowed' : 'denied'}`, async () => {
        state.cookie = caller.role ? cookies.get(caller.role)! : '';
        const mod = (await import(`../../${entry.file}`)) as Record<
          string,
          (r: Request, c: unknown) => Promise<Response>
        >;
        // Mutations come from the console's own pages: same-origin, so only the role decides.
        const init: RequestInit =
          method === 'GET'
            ? {}
            : {
                method,
                body: entry.body?.(),
                headers: { origin: 'http://localhost', host: 'localhost', ...entry.headers },
              };
        const res = await mod[method]!(new Request(`http://localhost${entry.url}`, init), {
          params: Promise.resolve(entry.params ?? {}),
        });
        if (allowed) expect([401, 403]).not.toContain(res.status);
        else expect(res.status).toBe(caller.role ? 403 : 401);
      });
    }
  }
});

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
