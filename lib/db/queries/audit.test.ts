/**
 * The audit chain on a real database: concurrent writers still produce one valid chain, entries
 * from before the chain count as a legacy prefix, and a changed or removed entry is found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog } from '../schema';
import { testBackends, type TestDb } from '../testing/backends';
import { createAuditEntry, listAuditEntries, verifyAuditChain } from './audit';

const backends = await testBackends();

describe.each(backends)('audit chain on $name', ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.dispose();
  });
  const withTriggerOff = async (change: () => Promise<unknown>) => {
    const db = t.handle.db;
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    try {
      await change();
    } finally {
      await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    }
  };

  it('counts entries from before the chain as a legacy prefix, then chains 20 concurrent writers', async () => {
    const db = t.handle.db;
    // Written the way the console did before the chain existed: no hash.
    await db.insert(auditLog).values([
      { actorId: 'old', action: 'create-user', outcome: 'ok' },
      { actorId: 'old', action: 'submit', outcome: 'denied' },
    ]);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createAuditEntry(db, {
          actorId: `u${i}`,
          action: 'save-draft',
          target: `d${i}`,
          outcome: 'ok',
          details: { revision: i, nested: { z: 1, a: [{ y: 2, b: 3 }] } },
        }),
      ),
    );
    const rows = await listAuditEntries(db, 100);
    expect(rows).toHaveLength(22);
    // One prevHash each: the first chained entry follows the legacy prefix (''), the rest follow one another.
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(20);
    expect(await verifyAuditChain(db, 7)).toMatchObject({ entries: 22, legacy: 2, break: null });
  });

  it('refuses UPDATE and DELETE through the normal path', async () => {
    const db = t.handle.db;
    await expect(
      db.update(auditLog).set({ action: 'x' }).where(eq(auditLog.action, 'submit')),
    ).rejects.toThrow();
    await expect(db.delete(auditLog)).rejects.toThrow();
    expect(await listAuditEntries(db, 100)).toHaveLength(22);
  });

  it('finds a changed entry by its hash, and nothing once it is put back', async () => {
    const db = t.handle.db;
    const [target] = await db.select().from(auditLog).where(eq(auditLog.target, 'd7'));
    await withTriggerOff(() =>
      db.update(auditLog).set({ outcome: 'denied' }).where(eq(auditLog.id, target!.id)),
    );
    expect((await verifyAuditChain(db)).break).toEqual({ id: target!.id, reason: 'hash-mismatch' });
    await withTriggerOff(() => db.update(auditLog).set({ outcome: 'ok' }).where(eq(auditLog.id, target!.id)));
    expect((await verifyAuditChain(db)).break).toBeNull();
  });

  it('finds a removed entry: the next one points at a hash that is no longer before it', async () => {
    const db = t.handle.db;
    const chained = (await db.select().from(auditLog).orderBy(auditLog.id)).slice(2);
    const [removed, next] = [chained[4]!, chained[5]!];
    await withTriggerOff(() => db.delete(auditLog).where(eq(auditLog.id, removed.id)));
    expect((await verifyAuditChain(db)).break).toEqual({ id: next.id, reason: 'prev-hash-mismatch' });
  });
});
