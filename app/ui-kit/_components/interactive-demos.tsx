'use client';

import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  ConfirmModal,
  Container,
  FormField,
  Input,
  Modal,
  Pagination,
  Select,
  StatusIndicator,
  Table,
  Tabs,
  Textarea,
  Toggle,
  sortItems,
  useToast,
  type SortState,
  type StatusType,
  type TableColumn,
} from '@/components/ui';

export function FormDemo() {
  return (
    <Container
      header="Form fields"
      description="Fields pick up id, aria-describedby and aria-invalid from FormField."
    >
      <div className="grid gap-5 md:grid-cols-2">
        <FormField
          label="Product title"
          htmlFor="title"
          description="Shown to buyers on the listing."
          constraint="Up to 72 characters."
        >
          <Input placeholder="e.g. Wharf Agent" defaultValue="Wharf Agent" />
        </FormField>
        <FormField
          label="Version title"
          id="version"
          error="Enter a version title such as 1.4.0."
          info={<a href="#">Info</a>}
        >
          <Input defaultValue="latest" />
        </FormField>
        <FormField label="Delivery method" htmlFor="method">
          <Select
            placeholder="Choose a delivery method"
            options={[
              { value: 'ecr', label: 'Container image' },
              { value: 'helm', label: 'Helm chart' },
              { value: 'eks-addon', label: 'Amazon EKS add-on' },
            ]}
          />
        </FormField>
        <FormField label="Disabled" htmlFor="disabled">
          <Input disabled defaultValue="Can't touch this" />
        </FormField>
        <FormField
          label="Release notes"
          htmlFor="notes"
          constraint="Markdown is allowed."
          className="md:col-span-2"
        >
          <Textarea placeholder="What changed in this version" />
        </FormField>
        <div className="flex flex-col gap-3">
          <Checkbox
            label="Restrict older versions"
            description="Buyers can no longer launch them."
            defaultChecked
          />
          <Checkbox label="Invalid checkbox" invalid />
          <Checkbox label="Disabled checkbox" disabled />
        </div>
        <div className="flex flex-col gap-3">
          <Toggle label="Limited visibility" defaultChecked />
          <Toggle label="Send notifications" description="Email the team when a change set ends." />
          <Toggle label="Disabled toggle" disabled />
        </div>
      </div>
    </Container>
  );
}

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

export function TabsDemo() {
  return (
    <Container header="Tabs">
      <Tabs
        ariaLabel="Product"
        tabs={[
          {
            id: 'overview',
            label: 'Overview',
            content: <p>Overview panel. Use the arrow keys on the tab list.</p>,
          },
          { id: 'versions', label: 'Versions (8)', content: <p>Versions panel.</p> },
          { id: 'disabled', label: 'Disabled', content: null, disabled: true },
          { id: 'activity', label: 'Activity', content: <p>Activity panel.</p> },
        ]}
      />
    </Container>
  );
}

export function OverlayDemo() {
  const [isModalOpen, setModalOpen] = useState(false);
  const [isConfirmOpen, setConfirmOpen] = useState(false);
  const [isDeleting, setDeleting] = useState(false);
  const toast = useToast();

  function confirmDelete() {
    setDeleting(true);
    setTimeout(() => {
      setDeleting(false);
      setConfirmOpen(false);
      toast.push({ type: 'success', header: 'Version deleted', content: 'Version 1.2.0 was removed.' });
    }, 1200);
  }

  return (
    <Container header="Modals and toasts">
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setModalOpen(true)}>Open modal</Button>
        <Button variant="danger" onClick={() => setConfirmOpen(true)}>
          Delete version
        </Button>
        <Button onClick={() => toast.push({ type: 'success', content: 'Version 1.4.0 added.' })}>
          Success toast
        </Button>
        <Button
          onClick={() =>
            toast.push({
              type: 'info',
              header: 'Change set submitted',
              content: 'It usually takes a few minutes.',
            })
          }
        >
          Info toast
        </Button>
        <Button
          onClick={() => toast.push({ type: 'warning', content: 'The Catalog API is slow to respond.' })}
        >
          Warning toast
        </Button>
        <Button
          onClick={() =>
            toast.push({
              type: 'error',
              header: 'Change set failed',
              content: 'INVALID_INPUT: the image tag "latest" is not allowed.',
            })
          }
        >
          Error toast
        </Button>
      </div>
      <Modal
        open={isModalOpen}
        onDismiss={() => setModalOpen(false)}
        header="Edit product title"
        footer={
          <>
            <Button variant="link" onClick={() => setModalOpen(false)}>
              Cancel
            </Button>
            <Button variant="primary" onClick={() => setModalOpen(false)}>
              Save changes
            </Button>
          </>
        }
      >
        <FormField label="Product title" htmlFor="modal-title">
          <Input defaultValue="Wharf Agent" data-autofocus />
        </FormField>
        <Alert type="info" className="mt-4">
          Escape, the close button or a backdrop click dismiss the modal.
        </Alert>
      </Modal>
      <ConfirmModal
        open={isConfirmOpen}
        title="Delete version 1.2.0?"
        body="Buyers who launched it keep it running, but nobody can launch it again. This can't be undone."
        confirmLabel="Delete version"
        danger
        loading={isDeleting}
        onConfirm={confirmDelete}
        onCancel={() => setConfirmOpen(false)}
      />
    </Container>
  );
}
