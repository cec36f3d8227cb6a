/**
 * A real database with one better-auth user per role, for tests that call server actions as a
 * signed-in user: `cookieOf(role)` is the session cookie the mocked `next/headers` should send.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@/lib/db/client';
import { ROLES, type Role } from '@/lib/roles';

const PASSWORD = 'signed-in-test-password';

export interface SignedIn {
  handle: DbHandle;
  userIdOf(role: Role): string;
  cookieOf(role: Role): string;
  close(): Promise<void>;
}

export async function signInEveryRole(): Promise<SignedIn> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-signed-in-'));
  process.env.WHARF_DATA_DIR = dataDir;
  process.env.AUTH_SECRET = 'signed-in-secret-signed-in-secret-signed-in';
  process.env.WHARF_DEMO_ACCOUNTS = 'false';
  const { openMemoryDb } = await import('@/lib/db/testing/template');
  const { setDbHandle } = await import('@/lib/db/runtime');
  const { hashPassword } = await import('better-auth/crypto');
  const { createLocalUser } = await import('@/lib/db/queries/users');
  const { getAuth } = await import('@/lib/auth/auth');
  const handle = await openMemoryDb();
  setDbHandle(handle);
  const ids = new Map<Role, string>();
  const cookies = new Map<Role, string>();
  for (const role of ROLES) {
    const email = `${role}@signed-in.test`;
    ids.set(
      role,
      await createLocalUser(handle.db, {
        name: `The ${role}`,
        email,
        passwordHash: await hashPassword(PASSWORD),
        roles: [role],
        createdBy: null,
      }),
    );
    const res = (await getAuth().api.signInEmail({
      body: { email, password: PASSWORD },
      asResponse: true,
    })) as Response;
    cookies.set(
      role,
      res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
    );
  }
  return {
    handle,
    userIdOf: (role) => ids.get(role)!,
    cookieOf: (role) => cookies.get(role)!,
    close: async () => {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
