import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends, type TestDb } from './testing/backends';
import { createLocalUser, getUserRoles, listUsers, setUserRoles, countUsersWithRole } from './queries/users';
import { createAuditEntry, listAuditEntries } from './queries/audit';

// From scratch: this file is where applying every migration to an empty PGlite store is tested.
const backends = await testBackends({ fromScratch: true });

describe.each(backends)('database on $name', ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('applies every committed migration', async () => {
    const res = await t.handle.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = ((res as unknown as { rows: unknown[] }).rows as Array<{ table_name: string }>).map(
      (r) => r.table_name,
    );
    for (const table of [
      'user',
      'session',
      'account',
      'user_role',
      'draft',
      'submission',
      'change_set_record',
      'audit_log',
    ]) {
      expect(names).toContain(table);
    }
  });

  it('creates a local user with roles and replaces the roles atomically', async () => {
    const db = t.handle.db;
    const id = await createLocalUser(db, {
      name: 'A',
      email: 'A@Example.com',
      passwordHash: 'h',
      roles: ['seller', 'reviewer'],
      createdBy: null,
    });
    expect(await getUserRoles(db, id)).toEqual(['reviewer', 'seller']);
    await setUserRoles(db, id, ['admin'], id);
    expect(await getUserRoles(db, id)).toEqual(['admin']);
    expect(await countUsersWithRole(db, 'admin')).toBe(1);
    const users = await listUsers(db);
    expect(users.find((u) => u.id === id)).toMatchObject({
      email: 'a@example.com',
      roles: ['admin'],
      hasPassword: true,
    });
  });

  it('rejects a second user with the same email', async () => {
    const db = t.handle.db;
    await createLocalUser(db, {
      name: 'B',
      email: 'b@example.com',
      passwordHash: 'h',
      roles: [],
      createdBy: null,
    });
    await expect(
      createLocalUser(db, {
        name: 'B2',
        email: 'b@example.com',
        passwordHash: 'h',
        roles: ['seller'],
        createdBy: null,
      }),
    ).rejects.toThrow();
    // The failed transaction left no half-created roles behind.
    expect((await listUsers(db)).filter((u) => u.email === 'b@example.com')).toHaveLength(1);
  });

  it('keeps an append-only audit log', async () => {
    const db = t.handle.db;
    await createAuditEntry(db, { actorId: 'u1', action: 'create-user', outcome: 'ok' });
    await createAuditEntry(db, { actorId: 'u2', action: 'submit', outcome: 'denied' });
    const rows = await listAuditEntries(db, 10);
    expect(rows.map((r) => r.action).slice(0, 2)).toEqual(['submit', 'create-user']);
  });
});

describe.runIf(backends.some((b) => b.name === 'postgres'))('PostgreSQL connection loss', () => {
  it('survives the server terminating an idle pooled connection', async () => {
    const t = await backends.find((b) => b.name === 'postgres')!.open();
    try {
      const db = t.handle.db;
      const pid = (
        (await db.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: Array<{ pid: number }> }
      ).rows[0]!.pid;
      const { Client } = await import('pg');
      const { PG_ADMIN_URL } = await import('./testing/backends');
      const admin = new Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200));
      // Without an error listener on the pool this would be an uncaught exception; instead the next query reconnects.
      const again = (await db.execute(sql`select 1 as ok`)) as unknown as { rows: Array<{ ok: number }> };
      expect(again.rows[0]!.ok).toBe(1);
    } finally {
      await t.dispose();
    }
  });
});
