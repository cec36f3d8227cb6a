import type { Metadata } from 'next';
import {
  Alert,
  Badge,
  Breadcrumbs,
  Button,
  ButtonLink,
  CodeBlock,
  Container,
  CopyButton,
  EmptyState,
  ExpandableSection,
  Header,
  KeyValuePairs,
  PlusIcon,
  RefreshIcon,
  Spinner,
  StatusIndicator,
  TrashIcon,
  type StatusType,
} from '@/components/ui';
import * as Icons from '@/components/ui/icons';
import { FormDemo } from './_components/form-demo';
import { OverlayDemo, TabsDemo } from './_components/overlay-demo';
import { TableDemo } from './_components/table-demo';

export const metadata: Metadata = { title: 'UI kit', robots: { index: false } };

const statuses: StatusType[] = [
  'success',
  'error',
  'warning',
  'info',
  'stopped',
  'pending',
  'in-progress',
  'loading',
];

export default function UiKitPage() {
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-6 px-6 py-6">
      <Breadcrumbs
        items={[{ text: 'Wharf', href: '/' }, { text: 'Products', href: '/ui-kit' }, { text: 'UI kit' }]}
      />
      <Header
        variant="h1"
        counter="(20)"
        description="Every primitive in components/ui in its states. Throwaway page for eyeballing."
        actions={
          <>
            <Button>
              <RefreshIcon />
              Refresh
            </Button>
            <ButtonLink href="/ui-kit" variant="primary">
              Create product
            </ButtonLink>
          </>
        }
      >
        UI kit
      </Header>

      <Container
        header="Buttons"
        description="primary · normal · link · danger · icon, in md and sm, disabled and loading."
      >
        <div className="flex flex-col gap-3">
          {(['md', 'sm'] as const).map((size) => (
            <div key={size} className="flex flex-wrap items-center gap-2">
              <Button variant="primary" size={size}>
                Add version
              </Button>
              <Button size={size}>
                <PlusIcon />
                Normal
              </Button>
              <Button variant="link" size={size}>
                Cancel
              </Button>
              <Button variant="danger" size={size}>
                <TrashIcon />
                Delete
              </Button>
              <Button variant="icon" size={size} aria-label="Refresh">
                <RefreshIcon />
              </Button>
              <Button variant="primary" size={size} loading>
                Saving
              </Button>
              <Button size={size} disabled>
                Disabled
              </Button>
              <Button variant="primary" size={size} disabled>
                Disabled
              </Button>
            </div>
          ))}
        </div>
      </Container>

      <div className="grid gap-6 lg:grid-cols-2">
        <Container header="Alerts">
          <div className="flex flex-col gap-3">
            <Alert type="error" header="Couldn't add the version" action={<Button size="sm">Retry</Button>}>
              The Catalog API is busy with another change set (request id 7f3a).
            </Alert>
            <Alert type="warning" header="Unsaved changes">
              Leaving this page discards them.
            </Alert>
            <Alert type="success">Version 1.4.0 was submitted.</Alert>
            <Alert type="info" header="Limited visibility">
              This product is visible to the allow-listed accounts only. <a href="#">Learn more</a>
            </Alert>
          </div>
        </Container>
        <Container header="Status indicators and badges">
          <ul className="grid grid-cols-2 gap-2">
            {statuses.map((s) => (
              <li key={s}>
                <StatusIndicator type={s}>{s}</StatusIndicator>
              </li>
            ))}
          </ul>
          <div className="mt-4 flex flex-wrap gap-2">
            <Badge>Draft</Badge>
            <Badge color="blue">Limited</Badge>
            <Badge color="green">Public</Badge>
            <Badge color="red">Restricted</Badge>
            <Badge color="amber">Local catalog</Badge>
          </div>
          <div className="text-ink-secondary mt-4 flex items-center gap-3">
            <Spinner label="Loading products" /> Spinner sm/md/lg: <Spinner size="sm" />
            <Spinner />
            <Spinner size="lg" />
          </div>
        </Container>
      </div>

      <Container
        header={
          <Header variant="h2" counter="(3)" description="KeyValuePairs in four columns.">
            Product details
          </Header>
        }
        actions={<Button>Edit</Button>}
        footer={<span className="text-ink-secondary">Last updated 2 minutes ago</span>}
      >
        <KeyValuePairs
          columns={4}
          items={[
            {
              label: 'Product ID',
              value: (
                <span className="inline-flex items-center gap-1">
                  prod-abc123 <CopyButton text="prod-abc123" label="Copy product ID" size="sm" />
                </span>
              ),
            },
            { label: 'Status', value: <StatusIndicator type="success">Public</StatusIndicator> },
            { label: 'Latest version', value: '1.4.0', info: <a href="#">Info</a> },
            { label: 'Delivery', value: 'Helm chart, EKS add-on' },
          ]}
        />
      </Container>

      <FormDemo />
      <TableDemo />
      <TabsDemo />
      <OverlayDemo />

      <div className="grid gap-6 lg:grid-cols-2">
        <Container header="Code block">
          <CodeBlock
            language="bash"
            copy
            code={
              'aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 709825985650.dkr.ecr.us-east-1.amazonaws.com\ndocker push 709825985650.dkr.ecr.us-east-1.amazonaws.com/seller/wharf:1.4.0'
            }
          />
          <CopyButton
            text="helm install wharf ./chart"
            label="Copy command"
            variant="button"
            className="mt-3"
          />
        </Container>
        <Container header="Expandable sections and empty state">
          <ExpandableSection
            header="Additional settings"
            description="Release notes, resources"
            defaultExpanded
          >
            Expanded by default.
          </ExpandableSection>
          <ExpandableSection header="Advanced">Collapsed by default.</ExpandableSection>
          <EmptyState
            title="No versions"
            description="Add a version to deliver your software."
            action={<Button>Add version</Button>}
          />
        </Container>
      </div>
      <ExpandableSection variant="container" header="Container variant">
        Contents of the section.
      </ExpandableSection>

      <Container header="Icons">
        <ul className="flex flex-wrap gap-4 text-slate-700">
          {Object.entries(Icons).map(([name, Icon]) => (
            <li key={name} className="flex w-28 flex-col items-center gap-1 text-xs">
              <Icon className="size-5" />
              {name.replace(/Icon$/, '')}
            </li>
          ))}
        </ul>
      </Container>
    </main>
  );
}
