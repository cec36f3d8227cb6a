import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { listDraftsWithCounts } from '@/lib/server/drafts/list-drafts';
import { can } from '@/lib/roles';
import { DraftsTable } from './_components/drafts-table';

export const metadata: Metadata = { title: 'Drafts' };

export default async function DraftsPage() {
  const user = await requirePageUser();
  const db = getDb();
  const drafts = await listDraftsWithCounts(db);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Drafts' }]}
        title="Drafts"
        description="Wizards in progress. Each saves as you type; a seller submits a draft once its checklist is clear. Start a new one from a product’s page."
      />
      <DraftsTable
        canDelete={can(user.roles, 'draft:delete')}
        items={drafts.map((d) => {
          return {
            id: d.id,
            productId: d.productId,
            productTitle: d.productTitle,
            changeType: d.changeType,
            title: d.title,
            status: d.status,
            revision: d.revision,
            checklist: d.checklist,
            authorName: d.authorName,
            updatedByName: d.updatedByName,
            updatedAt: d.updatedAt.toISOString(),
            review: d.review,
          };
        })}
      />
    </>
  );
}
