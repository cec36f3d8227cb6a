import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { listAuditFacets, listAuditPage } from '@/lib/db/queries/audit-list';
import { auditParamsProblem, auditParamsToSearch, parseAuditParams } from '@/lib/audit/list-params';
import { auditQueryOf } from '@/lib/audit/query';
import { actionLabel } from '@/lib/audit/labels';
import { PageHeader } from '@/components/shell/page-header';
import { Alert, Pagination, buttonClasses } from '@/components/ui';
import { AuditFilters } from './_components/audit-filters';
import { AuditTable } from './_components/audit-table';

export const metadata: Metadata = { title: 'Audit log' };

type Search = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePageUser('audit:read');
  const raw = await searchParams;
  const flat = new URLSearchParams(
    Object.entries(raw).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v[0]! : v]])),
  );
  const problem = auditParamsProblem(flat);
  const params = parseAuditParams(raw);
  const db = getDb();
  const [page, facets] = await Promise.all([
    listAuditPage(db, {
      ...auditQueryOf(params),
      offset: (params.page - 1) * params.pageSize,
      limit: params.pageSize,
    }),
    listAuditFacets(db),
  ]);
  const filters = auditParamsToSearch({ ...params, page: 1, pageSize: undefined });
  const exportHref = (format: string) =>
    `/api/audit/export?${new URLSearchParams([...new URLSearchParams(filters), ['format', format]])}`;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Administration' }, { text: 'Audit log' }]}
        title="Audit log"
        description="Every sign-in, change and refusal, newest first. Entries cannot be edited or removed; each is chained to the one before it by a hash that `npx wharf audit verify` rechecks."
        actions={
          <>
            <a href={exportHref('csv')} download className={buttonClasses({ variant: 'normal' })}>
              Export CSV
            </a>
            <a href={exportHref('json')} download className={buttonClasses({ variant: 'normal' })}>
              Export JSON
            </a>
          </>
        }
      />
      <div className="flex flex-col gap-4">
        {problem ? (
          <Alert type="warning" header="A filter was ignored">
            {problem}
          </Alert>
        ) : null}
        <AuditFilters
          key={filters}
          params={params}
          actors={facets.actors}
          actions={facets.actions.map((a) => ({ value: a, label: actionLabel(a) }))}
        />
        <AuditTable rows={page.rows} />
        <Pagination
          page={params.page}
          hasNext={page.hasMore}
          hrefFor={(p) => `/audit?${auditParamsToSearch({ ...params, page: p })}`}
          className="self-end"
        />
      </div>
    </>
  );
}
