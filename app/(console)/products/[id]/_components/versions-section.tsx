import {
  Badge,
  ButtonLink,
  Container,
  Header,
  KeyValuePairs,
  Table,
  type TableColumn,
} from '@/components/ui';
import type { DeliveryOptionView, VersionView } from '@/lib/catalog/types';
import { VisibilityStatus } from '@/components/product/visibility-status';
import { VERSION_FIELDS } from '@/lib/draft/fields/registry';

const TYPE_LABELS: Record<string, string> = {
  ElasticContainerRegistry: 'Container image',
  Helm: 'Helm chart',
  EksAddOn: 'Amazon EKS add-on',
};

const columns: TableColumn<DeliveryOptionView>[] = [
  {
    id: 'title',
    header: 'Delivery option',
    isRowHeader: true,
    cell: (o) => <span className="font-medium">{o.title}</span>,
  },
  { id: 'type', header: 'Type', cell: (o) => TYPE_LABELS[o.type] ?? o.type },
  { id: 'visibility', header: 'Visibility', cell: (o) => <VisibilityStatus visibility={o.visibility} /> },
  {
    id: 'artifacts',
    header: 'Images and chart',
    cell: (o) => (
      <div className="flex flex-col gap-0.5 text-xs">
        {o.images.map((i) => (
          <code key={i} className="break-all">
            {i}
          </code>
        ))}
        {o.helmChartUri ? (
          <span>
            Chart: <code className="break-all">{o.helmChartUri}</code>
          </span>
        ) : null}
        {o.addOnName ? (
          <span>
            Add-on: <strong>{o.addOnName}</strong> {o.addOnVersion} ({o.addOnType})
          </span>
        ) : null}
      </div>
    ),
  },
];

/** Every version with its delivery options, newest first, each with an Update action. */
export function VersionsSection({
  productId,
  versions,
  canEdit,
}: {
  productId: string;
  versions: VersionView[];
  canEdit: boolean;
}) {
  const sorted = [...versions].sort((a, b) => (b.creationDate ?? '').localeCompare(a.creationDate ?? ''));
  return (
    <section aria-labelledby="versions-heading" className="flex flex-col gap-4">
      <h2 id="versions-heading" className="text-xl font-bold">
        Versions ({versions.length})
      </h2>
      {sorted.map((v) => (
        <Container
          key={v.id}
          disableContentPaddings
          header={
            <Header
              variant="h3"
              description={
                v.creationDate ? `Created ${new Date(v.creationDate).toLocaleDateString()}` : undefined
              }
              actions={
                canEdit ? (
                  <ButtonLink
                    href={`/drafts/new?productId=${productId}&changeType=UpdateDeliveryOptions&versionId=${v.id}`}
                    size="sm"
                    variant="normal"
                  >
                    Update version
                  </ButtonLink>
                ) : undefined
              }
            >
              <span className="inline-flex items-center gap-2">
                Version {v.title}{' '}
                {v.deliveryOptions.some((o) => o.visibility === 'Public') ? (
                  <Badge color="green">Public</Badge>
                ) : null}
              </span>
            </Header>
          }
        >
          <div className="px-5 pb-2">
            <KeyValuePairs
              columns={1}
              items={[
                {
                  label: VERSION_FIELDS.releaseNotes.label,
                  value: <span className="whitespace-pre-wrap">{v.releaseNotes || '—'}</span>,
                },
              ]}
            />
          </div>
          <Table
            caption={`Delivery options of version ${v.title}`}
            columns={columns}
            items={v.deliveryOptions}
            getKey={(o) => o.id}
            empty="No delivery options."
          />
        </Container>
      ))}
    </section>
  );
}
