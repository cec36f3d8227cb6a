import { and, asc, desc, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, user } from '../schema';

/** Filters of the audit page and its export; dates are inclusive UTC days (YYYY-MM-DD). */
export interface AuditQuery {
  actorId?: string;
  action?: string;
  target?: string;
  outcome?: string;
  from?: string;
  to?: string;
}

function whereOf(q: AuditQuery): SQL | undefined {
  const where: SQL[] = [];
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.action) where.push(eq(auditLog.action, q.action));
  // Targets are ids and emails: matched whole, whatever the case.
  if (q.target) where.push(sql`lower(${auditLog.target}) = ${q.target.toLowerCase()}`);
  if (q.outcome) where.push(eq(auditLog.outcome, q.outcome));
  if (q.from) where.push(gte(auditLog.at, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) {
    const end = new Date(`${q.to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    where.push(lt(auditLog.at, end));
  }
  return where.length ? and(...where) : undefined;
}

function selectEntries(db: Db, q: AuditQuery) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: user.name,
      action: auditLog.action,
      target: auditLog.target,
      outcome: auditLog.outcome,
      details: auditLog.details,
      prevHash: auditLog.prevHash,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorId))
    .where(whereOf(q));
}

export type AuditRow = Awaited<ReturnType<typeof selectEntries>>[number];

/** One page of entries, newest first. */
export async function listAuditPage(
  db: Db,
  q: AuditQuery & { offset: number; limit: number },
): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  const rows = await selectEntries(db, q)
    .orderBy(desc(auditLog.id))
    .offset(q.offset)
    .limit(q.limit + 1);
  return { rows: rows.slice(0, q.limit), hasMore: rows.length > q.limit };
}

/** Every matching entry for an export, oldest first (the chain's order), up to `limit`. */
export async function listAuditExport(db: Db, q: AuditQuery, limit = 50_000): Promise<AuditRow[]> {
  return selectEntries(db, q).orderBy(asc(auditLog.id)).limit(limit);
}

/** The actors and actions that occur in the log, for the filter menus. */
export async function listAuditFacets(db: Db) {
  const [actors, actions] = await Promise.all([
    db
      .selectDistinct({ id: auditLog.actorId, name: user.name })
      .from(auditLog)
      .leftJoin(user, eq(user.id, auditLog.actorId))
      .where(isNotNull(auditLog.actorId)),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
  ]);
  return {
    actors: actors
      .map((a) => ({ id: a.id!, name: a.name ?? a.id! }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    actions: actions.map((a) => a.action),
  };
}
