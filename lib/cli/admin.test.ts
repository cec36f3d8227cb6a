/** `wharf admin`: the recovery command creates or restores an admin in the configured database. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { verifyPassword } from 'better-auth/crypto';
import { testBackends, type TestDb } from '@/lib/db/testing/backends';
import type { DbHandle } from '@/lib/db/client';
import { account } from '@/lib/db/schema';
import { createLocalUser, getUserByEmail, getUserRoles } from '@/lib/db/queries/users';
import { openConfiguredDatabase, runAdmin, type AdminIo } from './admin';

const backends = await testBackends();
const PASSWORD = 'recovered-admin-password';

function ioFor(open: () => Promise<DbHandle>, stdin = '') {
  const io = { out: '', err: '' };
  const adminIo: AdminIo = {
    out: (s) => void (io.out += s),
    err: (s) => void (io.err += s),
    readStdin: async () => stdin,
    open,
  };
  return { io, adminIo };
}

describe.each(backends)('wharf admin on $name', ({ open }) => {
  let t: TestDb;
  // The command closes what it opens; the test keeps its database open between runs.
  const borrowed = async () => ({ ...t.handle, close: async () => undefined });
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('creates an admin whose password comes from standard input', async () => {
    const { io, adminIo } = ioFor(borrowed, `${PASSWORD}\n`);
    expect(await runAdmin(['--email', 'Root@Example.com', '--password-stdin'], adminIo)).toBe(0);
    expect(io.out).toContain('root@example.com is an admin');
    const u = await getUserByEmail(t.handle.db, 'root@example.com');
    expect(await getUserRoles(t.handle.db, u!.id)).toEqual(['admin']);
    const [cred] = await t.handle.db
      .select()
      .from(account)
      .where(and(eq(account.userId, u!.id), eq(account.providerId, 'credential')));
    expect(await verifyPassword({ hash: cred!.password!, password: PASSWORD })).toBe(true);
  });

  it('gives an existing account the admin role and keeps its other roles', async () => {
    const id = await createLocalUser(t.handle.db, {
      name: 'S',
      email: 'seller@example.com',
      passwordHash: 'h',
      roles: ['seller'],
      createdBy: null,
    });
    const { adminIo } = ioFor(borrowed);
    expect(await runAdmin(['--email', 'seller@example.com'], adminIo)).toBe(0);
    expect(await getUserRoles(t.handle.db, id)).toEqual(['admin', 'seller']);
  });

  it('refuses a new account without a password, and a password below the policy', async () => {
    const none = ioFor(borrowed);
    expect(await runAdmin(['--email', 'new@example.com'], none.adminIo)).toBe(1);
    expect(none.io.err).toContain('--password-stdin');
    const short = ioFor(borrowed, 'elevenchars\n');
    expect(await runAdmin(['--email', 'new@example.com', '--password-stdin'], short.adminIo)).toBe(1);
    expect(short.io.err).toContain('at least 12 characters');
    expect(await getUserByEmail(t.handle.db, 'new@example.com')).toBeUndefined();
  });
});

describe('wharf admin on the embedded store', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-cli-admin-'));
  beforeAll(() => {
    process.env.WHARF_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('says to stop the console while it holds the store, and works once it is stopped', async () => {
    const running = await openConfiguredDatabase();
    const blocked = ioFor(openConfiguredDatabase, `${PASSWORD}\n`);
    expect(await runAdmin(['--email', 'root@example.com', '--password-stdin'], blocked.adminIo)).toBe(1);
    expect(blocked.io.err).toMatch(/already open in another process.*stop the other one/);
    await running.close();

    const ok = ioFor(openConfiguredDatabase, `${PASSWORD}\n`);
    expect(await runAdmin(['--email', 'root@example.com', '--password-stdin'], ok.adminIo)).toBe(0);
    const check = await openConfiguredDatabase();
    const u = await getUserByEmail(check.db, 'root@example.com');
    expect(await getUserRoles(check.db, u!.id)).toEqual(['admin']);
    await check.close();
  });
});
