import {
  and,
  arrayOverlaps,
  asc,
  count,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  lt,
  lte,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { emuChangeSet } from '@/lib/db/schema';

export type ChangeSetRow = typeof emuChangeSet.$inferSelect;
type Tx = Pick<Db, 'select' | 'insert' | 'update'>;

export const OPEN_STATUSES = ['PREPARING', 'APPLYING'];

export async function getChangeSet(db: Tx, changeSetId: string): Promise<ChangeSetRow | undefined> {
  const rows = await db.select().from(emuChangeSet).where(eq(emuChangeSet.changeSetId, changeSetId));
  return rows[0];
}

export async function findByToken(
  db: Tx,
  accountId: string,
  token: string,
): Promise<ChangeSetRow | undefined> {
  const rows = await db
    .select()
    .from(emuChangeSet)
    .where(and(eq(emuChangeSet.accountId, accountId), eq(emuChangeSet.clientToken, token)));
  return rows[0];
}

/** Open APPLY change sets touching any of the entities (entity locks, reference §4.5). */
export async function openChangeSetsFor(db: Tx, entityIds: string[]): Promise<ChangeSetRow[]> {
  if (!entityIds.length) return [];
  return db
    .select()
    .from(emuChangeSet)
    .where(
      and(
        inArray(emuChangeSet.status, OPEN_STATUSES),
        eq(emuChangeSet.intent, 'APPLY'),
        arrayOverlaps(emuChangeSet.entityIds, entityIds),
      ),
    );
}

export async function countOpen(db: Tx, accountId: string): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(emuChangeSet)
    .where(and(eq(emuChangeSet.accountId, accountId), inArray(emuChangeSet.status, OPEN_STATUSES)));
  return Number(rows[0]?.n ?? 0);
}

/** Ids of change sets whose next transition is due. */
export async function dueChangeSets(db: Db, now: Date, limit = 50): Promise<ChangeSetRow[]> {
  return db
    .select()
    .from(emuChangeSet)
    .where(and(isNotNull(emuChangeSet.nextAt), lte(emuChangeSet.nextAt, now)))
    .orderBy(asc(emuChangeSet.nextAt))
    .limit(limit);
}

export async function earliestDue(db: Db): Promise<Date | undefined> {
  const rows = await db
    .select({ at: sql<Date | string | null>`min(${emuChangeSet.nextAt})` })
    .from(emuChangeSet)
    .where(isNotNull(emuChangeSet.nextAt));
  const at = rows[0]?.at;
  return at ? new Date(at) : undefined;
}

export interface ChangeSetQuery {
  accountId: string;
  names?: string[];
  statuses?: string[];
  entityIds?: string[];
  startBefore?: Date;
  startAfter?: Date;
  endBefore?: Date;
  endAfter?: Date;
  sortBy: 'StartTime' | 'EndTime';
  descending: boolean;
  offset: number;
  limit: number;
}

/** One page of change sets, filtered and sorted in SQL (limit+1 rows tell whether a next page exists). */
export type ChangeSetSummaryRow = Pick<
  ChangeSetRow,
  'changeSetId' | 'accountId' | 'name' | 'status' | 'failureCode' | 'entityIds' | 'startTime' | 'endTime'
>;

export async function listChangeSets(
  db: Db,
  q: ChangeSetQuery,
): Promise<{ rows: ChangeSetSummaryRow[]; more: boolean }> {
  const t = emuChangeSet;
  const where: SQL[] = [eq(t.accountId, q.accountId)];
  if (q.names) where.push(inArray(t.name, q.names));
  if (q.statuses) where.push(inArray(t.status, q.statuses));
  if (q.entityIds) where.push(arrayOverlaps(t.entityIds, q.entityIds));
  if (q.startBefore) where.push(lt(t.startTime, q.startBefore));
  if (q.startAfter) where.push(gt(t.startTime, q.startAfter));
  if (q.endBefore) where.push(lt(t.endTime, q.endBefore));
  if (q.endAfter) where.push(gt(t.endTime, q.endAfter));
  const col = q.sortBy === 'EndTime' ? t.endTime : t.startTime;
  // Open change sets have no EndTime; they sort as the most recent.
  const order = q.descending
    ? [sql`${col} desc nulls first`, desc(t.changeSetId)]
    : [sql`${col} asc nulls last`, asc(t.changeSetId)];
  const rows = await db
    .select({
      changeSetId: t.changeSetId,
      accountId: t.accountId,
      name: t.name,
      status: t.status,
      failureCode: t.failureCode,
      entityIds: t.entityIds,
      startTime: t.startTime,
      endTime: t.endTime,
    })
    .from(t)
    .where(and(...where))
    .orderBy(...order)
    .offset(q.offset)
    .limit(q.limit + 1);
  return { rows: rows.slice(0, q.limit), more: rows.length > q.limit };
}
