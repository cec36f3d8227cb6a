import Link from 'next/link';
import { EmptyState, Table, type SortState, type TableColumn } from '@/components/ui';
import type { ChangeSetListItem } from '@/lib/tracking/types';
import { formatDuration, isOpen } from '@/lib/tracking/status';
import { ChangeSetStatus } from './change-set-status';
import { formatShortTime, formatTime } from './tracking-meta';

const COLUMNS: TableColumn<ChangeSetListItem>[] = [
  {
    id: 'name',
    header: 'Change set',
    sortable: true,
    isRowHeader: true,
    cell: (c) => (
      <div className="min-w-36">
        <Link href={`/change-sets/${encodeURIComponent(c.id)}`} className="font-bold">
          {c.name || c.id}
        </Link>
        <div className="font-mono text-xs text-slate-500">{c.id}</div>
        {c.changeTypes.length ? (
          <div className="mt-0.5 text-xs break-words text-slate-600">{c.changeTypes.join(', ')}</div>
        ) : null}
      </div>
    ),
  },
  { id: 'status', header: 'Status', sortable: true, cell: (c) => <ChangeSetStatus status={c.status} /> },
  {
    id: 'product',
    header: 'Product',
    cell: (c) => (
      <div>
        {c.productTitle ? <div>{c.productTitle}</div> : null}
        <div className={c.productTitle ? 'font-mono text-xs text-slate-500' : 'font-mono text-xs'}>
          {c.entityIds.join(', ') || '—'}
        </div>
      </div>
    ),
  },
  {
    id: 'submitter',
    header: 'Submitted by',
    cell: (c) =>
      c.submitter ? (
        <div>
          <div>{c.submitter.name}</div>
          {c.draftId ? (
            <Link href={`/drafts/${c.draftId}`} className="text-xs">
              From draft
            </Link>
          ) : null}
        </div>
      ) : (
        <span className="text-slate-500">Outside the console</span>
      ),
  },
  {
    id: 'startTime',
    header: 'Started',
    sortable: true,
    cell: (c) => (
      <time className="whitespace-nowrap" dateTime={c.startTime ?? undefined} title={formatTime(c.startTime)}>
        {formatShortTime(c.startTime)}
      </time>
    ),
  },
  {
    id: 'endTime',
    header: 'Ended',
    sortable: true,
    cell: (c) => (
      <div className="whitespace-nowrap">
        <time dateTime={c.endTime ?? undefined} title={formatTime(c.endTime)}>
          {c.endTime ? formatShortTime(c.endTime) : isOpen(c.status) ? 'In progress' : '—'}
        </time>
        {formatDuration(c.startTime, c.endTime) ? (
          <div className="text-xs text-slate-500">after {formatDuration(c.startTime, c.endTime)}</div>
        ) : null}
      </div>
    ),
  },
];

export function ChangeSetsTable({
  items,
  sort,
  sortHref,
  isFiltered,
  loading,
}: {
  items: ChangeSetListItem[];
  sort: SortState;
  sortHref: (s: SortState) => string;
  isFiltered: boolean;
  loading?: boolean;
}) {
  return (
    <Table
      caption="Change sets"
      columns={COLUMNS}
      items={items}
      getKey={(c) => c.id}
      sort={sort}
      sortHref={sortHref}
      loading={loading}
      empty={
        isFiltered ? (
          <EmptyState
            title="No matching change sets"
            description="No change set matches these filters. Clear them to see every change set."
          />
        ) : (
          <EmptyState
            title="No change sets yet"
            description="Change sets appear here when a draft is submitted, and for any change set of the seller account."
          />
        )
      }
    />
  );
}
