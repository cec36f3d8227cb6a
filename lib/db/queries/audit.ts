import { asc, desc, gt, sql } from 'drizzle-orm';
import { entryHash } from '@/lib/audit/chain';
import { chainVerifier, type ChainReport } from '@/lib/audit/verify';
import type { Db } from '../client';
import { auditLog } from '../schema';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  target?: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  details?: Record<string, unknown>;
}

// Every writer, in every console instance sharing one database, takes this transaction-scoped lock
// before reading the last hash, so entries join the chain one at a time and in id order.
const AUDIT_CHAIN_LOCK = 0x77686175;

/** Appends one entry to the audit log, chained by hash to the entry before it. */
export async function createAuditEntry(db: Db, entry: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`);
    const [last] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    const content = {
      at: new Date(),
      actorId: entry.actorId,
      action: entry.action,
      target: entry.target ?? null,
      outcome: entry.outcome,
      details: entry.details ?? {},
      prevHash: last?.hash ?? '',
    };
    await tx.insert(auditLog).values({ ...content, hash: entryHash(content) });
  });
}

/** The newest entries, newest first. */
export async function listAuditEntries(db: Db, limit = 100) {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit);
}

/** Recomputes the whole chain in id order, a page at a time. */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<ChainReport> {
  const verifier = chainVerifier();
  let after = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, after))
      .orderBy(asc(auditLog.id))
      .limit(pageSize);
    for (const row of page) if (!verifier.push(row)) return verifier.result();
    if (page.length < pageSize) return verifier.result();
    after = page[page.length - 1]!.id;
  }
}
