import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { Alert, Container, CopyButton, Header, KeyValuePairs, Table } from '@/components/ui';
import { ProductActions } from './_components/product-actions';
import { PushCommands } from '@/components/product/push-commands';
import { RecentChangeSets } from './_components/recent-change-sets';
import { VersionsSection } from './_components/versions-section';
import { VisibilityStatus } from '@/components/product/visibility-status';
import { StaleNotice } from '@/components/ui/stale-notice';
import { wizardActions } from './_components/wizard-actions';
import { requirePageUser } from '@/lib/auth/page';
import { listChangeSets } from '@/lib/catalog/change-sets';
import { lastKnown, type StaleNotice as Stale } from '@/lib/catalog/last-known';
import { describeProduct } from '@/lib/catalog/products';
import type { ChangeSetSummary, ProductDetail, RepositoryView } from '@/lib/catalog/types';
import { env } from '@/lib/env';
import { isAppError, toUserMessage } from '@/lib/errors';
import { can } from '@/lib/roles';
import { SimulatePush } from './_components/simulate-push';

export const metadata: Metadata = { title: 'Product' };

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  let product: ProductDetail;
  let stale: Stale | undefined;
  try {
    ({ data: product, stale } = await lastKnown().read(`product:${id}`, () => describeProduct(id)));
  } catch (err) {
    if (isAppError(err, 'NOT_FOUND')) notFound();
    return (
      <Alert type="error" header="The product could not be loaded">
        {toUserMessage(err)}
      </Alert>
    );
  }
  let changeSets: ChangeSetSummary[] = [];
  let changeSetError: string | undefined;
  // While the Catalog API is not answering, a second call would only make the page wait again.
  if (stale) changeSetError = 'Recent change sets are not shown while the Catalog API is not answering.';
  else
    try {
      changeSets = (await listChangeSets({ entityId: product.id, pageSize: 5 })).items;
    } catch (err) {
      changeSetError = toUserMessage(err);
    }
  const canEdit = can(user.roles, 'draft:edit');
  const canPush = env().isLocalCatalog && can(user.roles, 'registry:push');
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Products', href: '/products' }, { text: product.title || product.id }]}
        title={product.title || product.id}
        description={product.shortDescription}
        actions={
          canPush ? (
            <SimulatePush productId={product.id} repositories={product.repositories.map((r) => r.url)} />
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        {stale ? <StaleNotice reason={stale.reason} seenAt={stale.seenAt} /> : null}
        <div className="grid gap-6 lg:grid-cols-2">
          <Container header={<Header variant="h2">Overview</Header>}>
            <KeyValuePairs
              columns={2}
              items={[
                {
                  label: 'Product ID',
                  value: (
                    <span className="inline-flex items-center gap-1">
                      <code>{product.id}</code>
                      <CopyButton text={product.id} label="Copy product ID" />
                    </span>
                  ),
                },
                { label: 'Visibility', value: <VisibilityStatus visibility={product.visibility} /> },
                { label: 'State', value: product.productState || '—' },
                { label: 'Revision', value: product.revision || '—' },
                {
                  label: 'Last modified',
                  value: product.lastModified ? new Date(product.lastModified).toLocaleString() : '—',
                },
              ]}
            />
          </Container>
          <Container
            header={
              <Header variant="h2" description="Each action opens a wizard that saves as a draft.">
                Request changes
              </Header>
            }
          >
            <ProductActions productId={product.id} actions={wizardActions(product, { canEdit })} />
          </Container>
        </div>
        <VersionsSection productId={product.id} versions={product.versions} canEdit={canEdit} />
        <Container
          header={
            <Header
              variant="h2"
              counter={`(${product.repositories.length})`}
              description="Push images and charts here before you reference them in a version."
            >
              Repositories
            </Header>
          }
          disableContentPaddings
        >
          <Table
            caption="Repositories"
            columns={[
              {
                id: 'name',
                header: 'Repository',
                isRowHeader: true,
                cell: (r: RepositoryView) => <span className="font-medium">{r.name}</span>,
              },
              {
                id: 'url',
                header: 'URI',
                cell: (r: RepositoryView) => (
                  <span className="inline-flex items-center gap-1">
                    <code className="text-xs break-all">{r.url}</code>
                    <CopyButton text={r.url} label={`Copy URI of ${r.name}`} />
                  </span>
                ),
              },
              {
                id: 'push',
                header: 'Push commands',
                cell: (r: RepositoryView) => <PushCommands url={r.url} />,
              },
            ]}
            items={product.repositories}
            getKey={(r) => r.url}
            empty="No repositories yet. Use “Add repositories” to create them."
          />
        </Container>
        <RecentChangeSets items={changeSets} error={changeSetError} />
      </div>
    </>
  );
}
