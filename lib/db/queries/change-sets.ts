import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { changeSetEvent, changeSetRecord, draft, submission, trackingLease, user } from '../schema';
import { isTerminal } from '@/lib/tracking/status';
import { createAuditEntry } from './audit';

/** A status seen in ListChangeSets or DescribeChangeSet. */
export interface ObservedChangeSet {
  id: string;
  arn?: string;
  name?: string;
  status: string;
  failureCode?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  entityIds?: string[];
  changeTypes?: string[];
  /** The whole DescribeChangeSet answer, when this observation is one. */
  detail?: unknown;
}

export interface NewStatus {
  changeSetId: string;
  status: string;
  /** The stored status before this observation (undefined: first time the console saw it). */
  previous?: string;
  endTime?: string | null;
}

/**
 * Stores what the Catalog API said, in one transaction. Returns the statuses seen for the first
 * time: the unique (changeSetId, status) index makes exactly one console instance "first", so
 * whoever gets a status back here sends its notification.
 */
export async function createObservations(
  db: Db,
  observed: readonly ObservedChangeSet[],
  at = new Date(),
): Promise<NewStatus[]> {
  if (!observed.length) return [];
  // Rows are written in id order, so two instances storing overlapping lists never deadlock.
  const ordered = [...observed].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return db.transaction(async (tx) => {
    const fresh: NewStatus[] = [];
    for (const o of ordered) {
      const before = await tx
        .select({ status: changeSetRecord.status })
        .from(changeSetRecord)
        .where(eq(changeSetRecord.changeSetId, o.id))
        .limit(1);
      const base = {
        status: o.status,
        failureCode: o.failureCode ?? null,
        endTime: o.endTime ?? null,
        lastObservedAt: at,
        ...(o.name !== undefined ? { name: o.name } : {}),
        ...(o.arn ? { changeSetArn: o.arn } : {}),
        ...(o.startTime ? { startTime: o.startTime } : {}),
        ...(o.entityIds?.length ? { entityIds: o.entityIds } : {}),
        ...(o.changeTypes?.length ? { changeTypes: o.changeTypes } : {}),
        ...(o.detail !== undefined ? { detail: o.detail, detailFetchedAt: at } : {}),
      };
      await tx
        .insert(changeSetRecord)
        .values({ changeSetId: o.id, ...base })
        .onConflictDoUpdate({
          target: changeSetRecord.changeSetId,
          set: base,
          setWhere: sql`${rank(sql`${changeSetRecord.status}`)} <= ${rank(sql`excluded.status`)}`,
        });
      // A change set first seen past PREPARING still had one: it began at StartTime.
      const statuses = o.status === 'PREPARING' || !o.startTime ? [o.status] : ['PREPARING', o.status];
      for (const status of statuses) {
        const observedAt = status === o.status ? at : new Date(o.startTime!);
        const rows = await tx
          .insert(changeSetEvent)
          .values({ changeSetId: o.id, status, observedAt })
          .onConflictDoNothing()
          .returning({ id: changeSetEvent.id });
        if (rows.length && status === o.status)
          fresh.push({ changeSetId: o.id, status, previous: before[0]?.status, endTime: o.endTime });
      }
    }
    // Each end state is recorded once, by whoever first stores it, after every event insert (so the
    // audit lock is never held while waiting on another instance's event rows).
    for (const f of fresh.filter((s) => isTerminal(s.status)))
      await createAuditEntry(tx, {
        actorId: null,
        action: 'change-set-end',
        target: f.changeSetId,
        outcome: f.status === 'FAILED' ? 'failed' : 'ok',
        details: { status: f.status },
      });
    return fresh;
  });
}

/** PREPARING < APPLYING < end states: a late answer never moves a change set backwards. */
function rank(status: SQL) {
  return sql`(case ${status} when 'PREPARING' then 0 when 'APPLYING' then 1 else 2 end)`;
}

/** The record, every observed status, and who submitted it from which draft (when the console did). */
export async function getChangeSetRecord(db: Db, changeSetId: string) {
  const rows = await db
    .select({
      record: changeSetRecord,
      submission: {
        id: submission.id,
        draftId: submission.draftId,
        request: submission.request,
        submittedBy: submission.submittedBy,
        productId: submission.productId,
      },
      submitterName: user.name,
      productTitle: draft.productTitle,
    })
    .from(changeSetRecord)
    .leftJoin(submission, submissionJoin())
    .leftJoin(user, eq(user.id, submission.submittedBy))
    .leftJoin(draft, eq(draft.id, submission.draftId))
    .where(eq(changeSetRecord.changeSetId, changeSetId))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const events = await db
    .select({ status: changeSetEvent.status, observedAt: changeSetEvent.observedAt })
    .from(changeSetEvent)
    .where(eq(changeSetEvent.changeSetId, changeSetId))
    .orderBy(asc(changeSetEvent.observedAt), asc(changeSetEvent.id));
  return { ...row, events };
}

/** Links a change set the console started without a submission row of its own (a resubmission). */
export async function updateChangeSetSubmission(
  db: Db,
  changeSetId: string,
  submissionId: string,
): Promise<void> {
  await db
    .insert(changeSetRecord)
    .values({ changeSetId, status: 'PREPARING', submissionId })
    .onConflictDoUpdate({ target: changeSetRecord.changeSetId, set: { submissionId } });
}

function submissionJoin() {
  return or(
    eq(submission.id, changeSetRecord.submissionId),
    and(isNull(changeSetRecord.submissionId), eq(submission.changeSetId, changeSetRecord.changeSetId)),
  );
}

export interface ChangeSetListQuery {
  statuses?: string[];
  /** Product (entity) id, matched within EntityIdList. */
  productId?: string;
  /** Inclusive ISO dates (YYYY-MM-DD or full timestamps) on StartTime. */
  from?: string;
  to?: string;
  submittedBy?: string;
  sort?: 'startTime' | 'endTime' | 'name' | 'status';
  descending?: boolean;
  offset?: number;
  limit?: number;
}

/** Stored change sets (the console's history, older than AWS's 60 days included), filtered and sorted in SQL. */
export async function listChangeSetRecords(db: Db, q: ChangeSetListQuery) {
  const r = changeSetRecord;
  const where: SQL[] = [];
  if (q.statuses?.length) where.push(inArray(r.status, q.statuses));
  if (q.productId) where.push(sql`${r.entityIds} @> ${JSON.stringify([q.productId])}::jsonb`);
  if (q.from) where.push(gte(r.startTime, q.from));
  if (q.to) where.push(lt(r.startTime, /^\d{4}-\d{2}-\d{2}$/.test(q.to) ? nextDay(q.to) : q.to));
  if (q.submittedBy) where.push(eq(submission.submittedBy, q.submittedBy));
  const col = { startTime: r.startTime, endTime: r.endTime, name: r.name, status: r.status }[
    q.sort ?? 'startTime'
  ];
  const order =
    q.descending === false
      ? [sql`${col} asc nulls last`, asc(r.changeSetId)]
      : [sql`${col} desc nulls first`, desc(r.changeSetId)];
  const limit = Math.min(q.limit ?? 20, 5000);
  const rows = await db
    .select({
      record: r,
      draftId: submission.draftId,
      submittedBy: submission.submittedBy,
      submitterName: user.name,
      productTitle: draft.productTitle,
    })
    .from(r)
    .leftJoin(submission, submissionJoin())
    .leftJoin(user, eq(user.id, submission.submittedBy))
    .leftJoin(draft, eq(draft.id, submission.draftId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(...order)
    .offset(q.offset ?? 0)
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Everyone who has submitted a change set through the console (the submitter filter). */
export async function listSubmitters(db: Db) {
  return db
    .selectDistinct({ id: user.id, name: user.name })
    .from(submission)
    .innerJoin(user, eq(user.id, submission.submittedBy))
    .orderBy(asc(user.name));
}

/** Ids and statuses of stored change sets still PREPARING or APPLYING. */
export async function listOpenChangeSets(db: Db) {
  return db
    .select({ id: changeSetRecord.changeSetId, status: changeSetRecord.status })
    .from(changeSetRecord)
    .where(inArray(changeSetRecord.status, ['PREPARING', 'APPLYING']));
}

/**
 * Takes the named lease for `ms` if nobody holds it: one conditional upsert, so of several console
 * instances on one database exactly one gets `true`.
 */
export async function tryTakeLease(db: Db, name: string, ms: number, now = new Date()): Promise<boolean> {
  const until = new Date(now.getTime() + ms);
  const rows = await db
    .insert(trackingLease)
    .values({ name, heldUntil: until })
    .onConflictDoUpdate({
      target: trackingLease.name,
      set: { heldUntil: until },
      setWhere: lt(trackingLease.heldUntil, now),
    })
    .returning({ name: trackingLease.name });
  return rows.length > 0;
}

export async function getLeaseValue<T>(db: Db, name: string): Promise<T | undefined> {
  const rows = await db
    .select({ value: trackingLease.value })
    .from(trackingLease)
    .where(eq(trackingLease.name, name))
    .limit(1);
  return (rows[0]?.value ?? undefined) as T | undefined;
}

export async function updateLeaseValue(db: Db, name: string, value: unknown): Promise<void> {
  await db
    .insert(trackingLease)
    .values({ name, heldUntil: new Date(0), value })
    .onConflictDoUpdate({ target: trackingLease.name, set: { value } });
}

/** True while some change set may still move: an open record, or a recent submission not yet observed. */
export async function hasUnsettledChangeSets(
  db: Db,
  since = new Date(Date.now() - 86_400_000),
): Promise<boolean> {
  const res =
    (await db.execute(sql`select (exists (select 1 from ${changeSetRecord} where ${changeSetRecord.status} in ('PREPARING', 'APPLYING'))
    or exists (select 1 from ${submission} s where s.change_set_id is not null and s.created_at > ${since.toISOString()}
      and not exists (select 1 from ${changeSetRecord} r where r.change_set_id = s.change_set_id))) as unsettled`)) as unknown as {
      rows: unknown[];
    };
  return Boolean((res.rows as Array<{ unsettled: boolean }>)[0]?.unsettled);
}
