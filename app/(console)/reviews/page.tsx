import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { EmptyState, Table, type TableColumn } from '@/components/ui';
import { ReviewStateBadge } from '@/components/draft/review-state-badge';
import { CHANGE_TYPE_LABELS, ChecklistStatus } from '@/components/draft/checklist-status';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { listDraftsWithCounts, type DraftWithVerdict } from '@/lib/server/drafts/list-drafts';
import type { ReviewStateKind } from '@/lib/reviews/state';

export const metadata: Metadata = { title: 'Reviews' };

/* What waits for a reviewer comes first. */
const ORDER: Record<ReviewStateKind, number> = {
  'in-review': 0,
  'out-of-date': 1,
  'not-requested': 2,
  'changes-requested': 3,
  approved: 4,
};

export default async function ReviewsPage() {
  await requirePageUser();
  const db = getDb();
  const drafts = await listDraftsWithCounts(db, { status: 'open' });
  const rows = [...drafts].sort((a, b) => ORDER[a.review.kind] - ORDER[b.review.kind]);
  const columns: TableColumn<DraftWithVerdict>[] = [
    {
      id: 'draft',
      header: 'Draft',
      isRowHeader: true,
      cell: (d) => (
        <Link href={`/reviews/${d.id}`} className="font-medium">
          {d.title}
        </Link>
      ),
    },
    { id: 'product', header: 'Product', cell: (d) => d.productTitle },
    { id: 'type', header: 'Change type', cell: (d) => CHANGE_TYPE_LABELS[d.changeType] ?? d.changeType },
    { id: 'author', header: 'Author', cell: (d) => d.authorName || '—' },
    { id: 'checklist', header: 'Checklist', cell: (d) => <ChecklistStatus counts={d.checklist} /> },
    {
      id: 'review',
      header: 'Review',
      cell: (d) => (
        <div className="flex flex-col gap-0.5">
          <ReviewStateBadge state={d.review} />
          {d.review.by && d.review.kind !== 'not-requested' ? (
            <span className="text-xs text-slate-600">
              {d.review.kind === 'in-review' ? 'Requested by' : 'By'} {d.review.by}
            </span>
          ) : null}
        </div>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Reviews' }]}
        title="Reviews"
        description="Open drafts and their compliance summaries, those waiting for a reviewer first. Reviewers approve a revision or request changes; any later edit puts an approval out of date."
      />
      <Table
        caption="Drafts to review"
        columns={columns}
        items={rows}
        getKey={(d) => d.id}
        empty={<EmptyState title="Nothing to review" description="Open drafts appear here." />}
      />
    </>
  );
}
