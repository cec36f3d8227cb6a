import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { Alert, ButtonLink, EmptyState, Table, type TableColumn } from '@/components/ui';
import { VisibilityStatus } from '@/components/product/visibility-status';
import { StaleNotice } from '@/components/ui/stale-notice';
import { requirePageUser } from '@/lib/auth/page';
import { lastKnown, type StaleNotice as Stale } from '@/lib/catalog/last-known';
import { listProducts, type ListProductsInput } from '@/lib/catalog/products';
import type { ProductSummary } from '@/lib/catalog/types';
import { toUserMessage } from '@/lib/errors';
import { ProductFilters } from './_components/product-filters';

export const metadata: Metadata = { title: 'Products' };

const VISIBILITIES = ['Draft', 'Limited', 'Public', 'Restricted'] as const;
type Search = Promise<{ q?: string; visibility?: string; token?: string; trail?: string }>;

export default async function ProductsPage({ searchParams }: { searchParams: Search }) {
  await requirePageUser();
  const sp = await searchParams;
  const visibility = (VISIBILITIES as readonly string[]).includes(sp.visibility ?? '')
    ? (sp.visibility as ListProductsInput['visibility'])
    : undefined;
  const trail = (sp.trail ?? '').split(',').filter(Boolean);
  let page: { items: ProductSummary[]; nextToken?: string } = { items: [] };
  let error: string | undefined;
  let stale: Stale | undefined;
  try {
    const input = { title: sp.q, visibility, nextToken: sp.token, pageSize: 10 };
    ({ data: page, stale } = await lastKnown().read(`products:${JSON.stringify(input)}`, () =>
      listProducts(input),
    ));
  } catch (err) {
    error = toUserMessage(err);
  }
  const href = (token?: string, t: string[] = []) => {
    const q = new URLSearchParams();
    if (sp.q) q.set('q', sp.q);
    if (visibility) q.set('visibility', visibility);
    if (token) q.set('token', token);
    if (t.length) q.set('trail', t.join(','));
    return `/products${q.size ? `?${q}` : ''}`;
  };
  const columns: TableColumn<ProductSummary>[] = [
    {
      id: 'title',
      header: 'Product',
      isRowHeader: true,
      cell: (p) => (
        <Link href={`/products/${p.id}`} className="font-medium">
          {p.title || p.id}
        </Link>
      ),
    },
    { id: 'id', header: 'Product ID', cell: (p) => <code className="text-xs">{p.id}</code> },
    { id: 'visibility', header: 'Visibility', cell: (p) => <VisibilityStatus visibility={p.visibility} /> },
    {
      id: 'modified',
      header: 'Last modified',
      cell: (p) => (p.lastModified ? new Date(p.lastModified).toLocaleString() : '—'),
    },
  ];
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Products' }]}
        title="Container products"
        description="Your AWS Marketplace container products. Open one to add repositories, versions and releases."
      />
      <ProductFilters q={sp.q ?? ''} visibility={visibility ?? ''} visibilities={VISIBILITIES} />
      {stale ? <StaleNotice reason={stale.reason} seenAt={stale.seenAt} className="mb-4" /> : null}
      {error ? (
        <Alert type="error" header="Products could not be listed" className="mb-4">
          {error}
        </Alert>
      ) : null}
      <Table
        caption="Container products"
        columns={columns}
        items={page.items}
        getKey={(p) => p.id}
        empty={
          <EmptyState
            title="No products"
            description={
              sp.q || visibility
                ? 'No product matches these filters.'
                : 'This seller account has no container products yet.'
            }
          />
        }
      />
      <nav aria-label="Pages" className="mt-4 flex justify-end gap-2">
        {sp.token ? (
          <ButtonLink href={href(trail.at(-1) || undefined, trail.slice(0, -1))} variant="normal" size="sm">
            Previous page
          </ButtonLink>
        ) : null}
        {page.nextToken ? (
          <ButtonLink
            href={href(page.nextToken, sp.token ? [...trail, sp.token] : trail.length ? trail : [''])}
            variant="normal"
            size="sm"
          >
            Next page
          </ButtonLink>
        ) : null}
      </nav>
    </>
  );
}
