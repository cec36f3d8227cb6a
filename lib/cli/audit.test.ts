/** `wharf audit verify`: its words and exit status for an intact, a changed and a shortened chain. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type DbHandle } from '@/lib/db/client';
import { auditLog } from '@/lib/db/schema';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { runAudit } from './audit';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openDatabase({ memory: true });
});
afterAll(async () => handle?.close());

async function run(...argv: string[]) {
  const io = { out: '', err: '' };
  const code = await runAudit(argv, {
    out: (s) => void (io.out += s),
    err: (s) => void (io.err += s),
    // The command closes what it opens; the test keeps its database open between runs.
    open: async () => ({ ...handle, close: async () => undefined }),
  });
  return { code, ...io };
}

async function tamper(change: () => Promise<unknown>) {
  await handle.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
  try {
    await change();
  } finally {
    await handle.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
  }
}

describe('wharf audit verify', () => {
  it('answers usage errors with exit status 2', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('check')).code).toBe(2);
    expect((await run('verify', '--format', 'xml')).code).toBe(2);
    expect(await run('--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('Usage: wharf audit verify'),
    });
  });

  it('says how many entries and that the chain is intact, legacy prefix included', async () => {
    await handle.db.insert(auditLog).values({ actorId: 'old', action: 'create-user', outcome: 'ok' });
    for (let i = 0; i < 4; i++) {
      await createAuditEntry(handle.db, {
        actorId: 'u',
        action: 'save-draft',
        target: `d${i}`,
        outcome: 'ok',
      });
    }
    const r = await run('verify');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^5 entries, chain intact \(1 legacy entry from before the chain, not checked; checked from entry 2\)\./,
    );
    const json = await run('verify', '--format', 'json');
    expect(JSON.parse(json.out)).toMatchObject({ entries: 5, legacy: 1, firstChainedId: 2, break: null });
  });

  it('names a changed entry with exit status 1', async () => {
    await tamper(() => handle.db.update(auditLog).set({ target: 'other' }).where(eq(auditLog.id, 3)));
    const r = await run('verify');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Chain broken at entry 3: its content does not match its hash/);
    await tamper(() => handle.db.update(auditLog).set({ target: 'd1' }).where(eq(auditLog.id, 3)));
    expect((await run('verify')).code).toBe(0);
  });

  it('names the entry after a removed one', async () => {
    await tamper(() => handle.db.delete(auditLog).where(eq(auditLog.id, 3)));
    const r = await run('verify');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Chain broken at entry 4: its prev_hash does not match the entry before it/);
  });
});
