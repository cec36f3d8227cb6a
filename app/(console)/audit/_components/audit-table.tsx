import { StatusIndicator, Table, type TableColumn } from '@/components/ui';
import { formatTime } from '@/components/ui/format-time';
import type { AuditRow } from '@/lib/db/queries/audit-list';
import { actionLabel, detailsSummary, outcomeView } from '@/lib/audit/labels';

const COLUMNS: TableColumn<AuditRow>[] = [
  {
    id: 'at',
    header: 'Time',
    width: 190,
    cell: (r) => <time dateTime={r.at.toISOString()}>{formatTime(r.at.toISOString())}</time>,
  },
  {
    id: 'actor',
    header: 'Actor',
    cell: (r) =>
      r.actorId ? (
        (r.actorName ?? <span title={r.actorId}>Deleted user</span>)
      ) : (
        <span className="text-ink-secondary">No signed-in user</span>
      ),
  },
  { id: 'action', header: 'Action', isRowHeader: true, cell: (r) => actionLabel(r.action) },
  {
    id: 'target',
    header: 'Target',
    cell: (r) => <span className="font-mono text-xs break-all">{r.target ?? '—'}</span>,
  },
  {
    id: 'outcome',
    header: 'Outcome',
    width: 130,
    cell: (r) => {
      const v = outcomeView(r.outcome);
      return <StatusIndicator type={v.type}>{v.label}</StatusIndicator>;
    },
  },
  {
    id: 'details',
    header: 'Details',
    cell: (r) => (
      <span className="text-ink-secondary text-xs break-all">{detailsSummary(r.details) || '—'}</span>
    ),
  },
];

/** One page of audit entries. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <Table
      caption="Audit entries"
      columns={COLUMNS}
      items={rows}
      getKey={(r) => String(r.id)}
      empty="No audit entries match these filters."
    />
  );
}
