import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { listSubmitters } from '@/lib/db/queries/change-sets';
import { listParamsToSearch, parseListParams } from '@/lib/tracking/list-params';
import { loadChangeSetList } from '@/lib/tracking/load';
import { PageHeader } from '@/components/shell/page-header';
import { ChangeSetsView } from '@/components/change-set/change-sets-view';
import { ExportMenu } from '@/components/change-set/export-links';

export const metadata: Metadata = { title: 'Change sets' };

export default async function ChangeSetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser();
  const params = parseListParams(await searchParams);
  const db = getDb();
  const [initial, submitters] = await Promise.all([loadChangeSetList(db, params), listSubmitters(db)]);
  const search = listParamsToSearch(params);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Change sets' }]}
        title="Change sets"
        description="What AWS Marketplace is doing with your submissions. In-progress change sets update by themselves; open one to see its timeline, explained errors and the exact request."
        actions={<ExportMenu search={search} />}
      />
      <ChangeSetsView initial={initial} initialSearch={search} submitters={submitters} />
    </>
  );
}
