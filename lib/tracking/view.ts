import 'server-only';
import type { getChangeSetRecord, listChangeSetRecords } from '@/lib/db/queries/change-sets';
import type { ChangeSetDetail } from '@/lib/catalog/types';
import { explainError } from './explain';
import { isTerminal } from './status';
import type { ChangeSetListItem, ChangeSetView } from './types';

type ListRow = Awaited<ReturnType<typeof listChangeSetRecords>>['rows'][number];
type DetailRow = NonNullable<Awaited<ReturnType<typeof getChangeSetRecord>>>;

export function toListItem(row: ListRow): ChangeSetListItem {
  const r = row.record;
  return {
    id: r.changeSetId,
    name: r.name,
    status: r.status,
    failureCode: r.failureCode,
    startTime: r.startTime,
    endTime: r.endTime,
    entityIds: r.entityIds,
    productTitle: row.productTitle ?? null,
    changeTypes: r.changeTypes,
    submitter: row.submittedBy ? { id: row.submittedBy, name: row.submitterName ?? 'Unknown user' } : null,
    draftId: row.draftId ?? null,
  };
}

/** The detail page's view: the stored DescribeChangeSet answer with every error explained. */
export function toChangeSetView(row: DetailRow): ChangeSetView {
  const r = row.record;
  const detail = (r.detail ?? undefined) as ChangeSetDetail | undefined;
  const draftId = row.submission?.draftId ?? null;
  return {
    ...toListItem({
      record: r,
      draftId,
      submittedBy: row.submission?.submittedBy ?? null,
      submitterName: row.submitterName,
      productTitle: row.productTitle,
    }),
    arn: r.changeSetArn,
    intent: detail?.intent,
    failureDescription: detail?.failureDescription,
    events: row.events.map((e) => ({ status: e.status, observedAt: e.observedAt.toISOString() })),
    changes: detail?.changes.map((c, index) => ({
      index,
      changeType: c.changeType,
      changeName: c.changeName,
      entityType: c.entityType,
      entityId: c.entityId,
      details: c.details,
      errors: c.errors.map((e) =>
        explainError(e, {
          change: c,
          changeIndex: index,
          changeSetId: r.changeSetId,
          draftId,
          endTime: r.endTime,
        }),
      ),
    })),
    canResubmit: Boolean(row.submission?.request) || Boolean(detail?.changes.length),
    detailFetchedAt: r.detailFetchedAt?.toISOString() ?? null,
    isFinal: isTerminal(r.status) && detail?.status === r.status,
  };
}
