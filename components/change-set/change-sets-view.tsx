'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useTransition } from 'react';
import { Container, Header, Pagination } from '@/components/ui';
import { useChangeSets } from '@/lib/query/use-change-sets';
import { listParamsToSearch, parseListParams } from '@/lib/tracking/list-params';
import { isOpen } from '@/lib/tracking/status';
import type { ChangeSetListResponse } from '@/lib/tracking/types';
import { ChangeSetFilters, type Submitter } from './change-set-filters';
import { ChangeSetsTable } from './change-sets-table';
import { TrackingMetaLine } from './tracking-meta';

/** The list page's live part: filters and sort live in the URL; data refreshes while anything shown is open. */
export function ChangeSetsView({
  initial,
  initialSearch,
  submitters,
}: {
  initial: ChangeSetListResponse;
  initialSearch: string;
  submitters: Submitter[];
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isNavigating, startTransition] = useTransition();
  const params = useMemo(() => parseListParams(new URLSearchParams(searchParams.toString())), [searchParams]);
  const search = listParamsToSearch(params);
  const query = useChangeSets(search, search === initialSearch ? initial : undefined);
  const data = query.data;
  const items = data?.items ?? [];
  const hrefFor = (next: Partial<typeof params>) => {
    const s = listParamsToSearch({ ...params, ...next });
    return s ? `${pathname}?${s}` : pathname;
  };
  const isFiltered = Boolean(
    params.status.length || params.product || params.from || params.to || params.submitter,
  );

  return (
    <div className="space-y-4">
      <Container>
        <ChangeSetFilters
          key={search}
          params={params}
          submitters={submitters}
          onApply={(s) => startTransition(() => router.replace(s ? `${pathname}?${s}` : pathname))}
        />
      </Container>
      <TrackingMetaLine
        meta={data?.tracking}
        isLive={items.some((i) => isOpen(i.status))}
        isFetching={query.isFetching || isNavigating}
        error={query.isError ? query.error : null}
      />
      <Container
        disableContentPaddings
        header={
          <Header
            variant="h2"
            counter={data ? `(${items.length}${data.hasMore ? '+' : ''})` : undefined}
            description="Every change set of the seller account, with the console's own history kept beyond AWS's 60 days."
          >
            Change sets
          </Header>
        }
        footer={
          <div className="flex justify-end">
            <Pagination
              page={params.page}
              hasNext={Boolean(data?.hasMore)}
              pageCount={data?.hasMore ? undefined : params.page}
              hrefFor={(page) => hrefFor({ page })}
            />
          </div>
        }
      >
        <ChangeSetsTable
          items={items}
          loading={!data}
          isFiltered={isFiltered}
          sort={{ column: params.sort, direction: params.order }}
          sortHref={(s) => hrefFor({ sort: s.column as typeof params.sort, order: s.direction, page: 1 })}
        />
      </Container>
    </div>
  );
}
