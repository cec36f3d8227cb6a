import 'server-only';
import type { Db } from '@/lib/db/client';
import { getLeaseValue, listChangeSetRecords } from '@/lib/db/queries/change-sets';
import { getResubmissionOf } from '@/lib/db/queries/draft-history';
import type { ListParams } from './list-params';
import { ReadCache } from './read-cache';
import { getTracker } from './tracker';
import type { ChangeSetListResponse, ChangeSetResponse } from './types';
import { toChangeSetView, toListItem } from './view';

/** The list as pages and route handlers serve it: synced with ListChangeSets, read from the console's records. */
async function readChangeSetList(db: Db, p: ListParams): Promise<ChangeSetListResponse> {
  const tracker = getTracker();
  await tracker.sync(db);
  const { rows, hasMore } = await listChangeSetRecords(db, {
    statuses: p.status,
    productId: p.product,
    from: p.from,
    to: p.to,
    submittedBy: p.submitter,
    sort: p.sort,
    descending: p.order === 'desc',
    offset: (p.page - 1) * p.pageSize,
    limit: p.pageSize,
  });
  const mark = await getLeaseValue<{ after?: number }>(db, 'sync:watermark');
  tracker.fillDetails(
    db,
    rows.filter((r) => r.record.detail === null).map((r) => r.record.changeSetId),
  );
  return {
    items: rows.map(toListItem),
    page: p.page,
    pageSize: p.pageSize,
    hasMore,
    tracking: { lastUpdated: mark?.after ? new Date(mark.after).toISOString() : null, ...tracker.health() },
  };
}

const KEY = Symbol.for('wharf.change-set-reads');
const g = globalThis as Record<
  symbol,
  { detail: ReadCache<ChangeSetResponse | undefined>; list: ReadCache<ChangeSetListResponse> } | undefined
>;
const caches = (g[KEY] ??= { detail: new ReadCache(1_000), list: new ReadCache(1_000) });

/** Forget cached reads after the console itself changed a change set (cancel, resubmit). */
export function invalidateChangeSetReads(changeSetId?: string): void {
  caches.list.invalidate();
  caches.detail.invalidate(changeSetId);
}

/** One change set, refreshed if its status may have moved; undefined when neither AWS nor the console knows it. */
export function loadChangeSet(db: Db, changeSetId: string): Promise<ChangeSetResponse | undefined> {
  return caches.detail.get(changeSetId, () => readChangeSet(db, changeSetId));
}

/** The list, read at most once a second per distinct query however many people watch it. */
export function loadChangeSetList(db: Db, p: ListParams): Promise<ChangeSetListResponse> {
  return caches.list.get(JSON.stringify(p), () => readChangeSetList(db, p));
}

async function readChangeSet(db: Db, changeSetId: string): Promise<ChangeSetResponse | undefined> {
  const tracker = getTracker();
  const row = await tracker.refresh(db, changeSetId);
  if (!row) return undefined;
  const item = toChangeSetView(row);
  if (item.status === 'FAILED' && item.failureCode === 'SERVER_FAULT' && row.submission?.id)
    item.resubmittedAs =
      (await getResubmissionOf(db, { changeSetId, submissionId: row.submission.id })) ?? null;
  // An ended change set whose final answer is stored needs nothing more from AWS: nothing to retry.
  return {
    item,
    tracking: {
      lastUpdated: row.record.lastObservedAt.toISOString(),
      ...(item.isFinal ? { retrying: false } : tracker.health()),
    },
  };
}

/** Every matching record (for exports), newest first, capped. */
export async function loadChangeSetExport(db: Db, p: ListParams) {
  await getTracker().sync(db);
  const { rows } = await listChangeSetRecords(db, {
    statuses: p.status,
    productId: p.product,
    from: p.from,
    to: p.to,
    submittedBy: p.submitter,
    sort: p.sort,
    descending: p.order === 'desc',
    limit: 5000,
  });
  return rows.map((r) => ({ ...toListItem(r), lastObservedAt: r.record.lastObservedAt.toISOString() }));
}
