import Link from 'next/link';
import {
  Container,
  Header,
  StatusIndicator,
  Table,
  type StatusType,
  type TableColumn,
} from '@/components/ui';
import type { ChangeSetSummary } from '@/lib/catalog/types';

const STATUS: Record<string, StatusType> = {
  PREPARING: 'pending',
  APPLYING: 'in-progress',
  SUCCEEDED: 'success',
  FAILED: 'error',
  CANCELLED: 'stopped',
};

const columns: TableColumn<ChangeSetSummary>[] = [
  {
    id: 'name',
    header: 'Change set',
    isRowHeader: true,
    cell: (c) => <Link href={`/change-sets/${c.id}`}>{c.name || c.id}</Link>,
  },
  {
    id: 'status',
    header: 'Status',
    cell: (c) => (
      <StatusIndicator type={STATUS[c.status] ?? 'info'}>
        {c.status.charAt(0) + c.status.slice(1).toLowerCase()}
      </StatusIndicator>
    ),
  },
  { id: 'failure', header: 'Failure', cell: (c) => c.failureCode ?? '—' },
  {
    id: 'start',
    header: 'Started',
    cell: (c) => (c.startTime ? new Date(c.startTime).toLocaleString() : '—'),
  },
];

/** The product's latest change sets (ListChangeSets filtered by entity). */
export function RecentChangeSets({ items, error }: { items: ChangeSetSummary[]; error?: string }) {
  return (
    <Container
      header={
        <Header variant="h2" description={error ?? 'The latest requests for this product.'}>
          Recent change sets
        </Header>
      }
      disableContentPaddings
    >
      <Table
        caption="Recent change sets"
        columns={columns}
        items={items}
        getKey={(c) => c.id}
        empty="No change sets for this product yet."
      />
    </Container>
  );
}
