'use client';

import { useState } from 'react';
import {
  Button,
  Container,
  Pagination,
  StatusIndicator,
  Table,
  Toggle,
  sortItems,
  type SortState,
  type StatusType,
  type TableColumn,
} from '@/components/ui';

interface Version {
  id: string;
  title: string;
  status: StatusType;
  statusText: string;
  created: string;
}

const versions: Version[] = Array.from({ length: 8 }, (_, i) => ({
  id: `v-${i}`,
  title: `1.${i}.0`,
  status: (['success', 'in-progress', 'error', 'stopped'] as const)[i % 4]!,
  statusText: ['Succeeded', 'Applying', 'Failed', 'Restricted'][i % 4]!,
  created: `2026-11-${String(10 + i).padStart(2, '0')}`,
}));

const columns: TableColumn<Version>[] = [
  {
    id: 'title',
    header: 'Version',
    cell: (v) => <a href="#">{v.title}</a>,
    sortable: true,
    isRowHeader: true,
  },
  {
    id: 'status',
    header: 'Status',
    cell: (v) => <StatusIndicator type={v.status}>{v.statusText}</StatusIndicator>,
  },
  { id: 'created', header: 'Created', cell: (v) => v.created, sortable: true, width: 160 },
  {
    id: 'actions',
    header: <span className="sr-only">Actions</span>,
    cell: () => <Button size="sm">Restrict</Button>,
    align: 'end',
    width: 120,
  },
];

export function TableDemo() {
  const [sort, setSort] = useState<SortState>({ column: 'created', direction: 'desc' });
  const [page, setPage] = useState(3);
  const [isLoading, setLoading] = useState(false);
  const sorted = sortItems(versions, sort, (v, c) => (c === 'created' ? v.created : v.title));
  return (
    <div className="grid gap-6">
      <Container
        header="Versions"
        description="Sortable headers, sticky header, loading keeps rows visible."
        actions={
          <Toggle label="Loading" checked={isLoading} onChange={(e) => setLoading(e.target.checked)} />
        }
        disableContentPaddings
        footer={<Pagination page={page} pageCount={12} onChange={setPage} className="flex justify-end" />}
      >
        <Table
          caption="Versions"
          columns={columns}
          items={sorted}
          getKey={(v) => v.id}
          sort={sort}
          onSortChange={setSort}
          loading={isLoading}
          stickyHeader
        />
      </Container>
      <div className="grid gap-6 lg:grid-cols-2">
        <Container header="Empty table" disableContentPaddings>
          <Table caption="Empty versions" columns={columns} items={[]} getKey={(v) => v.id} />
        </Container>
        <Container
          header="Loading table"
          disableContentPaddings
          footer={<Pagination page={2} hasNext onChange={() => {}} />}
        >
          <Table
            caption="Loading versions"
            columns={columns}
            items={[]}
            getKey={(v) => v.id}
            loading
            loadingText="Loading versions"
          />
        </Container>
      </div>
    </div>
  );
}
