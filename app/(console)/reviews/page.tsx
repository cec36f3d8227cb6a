import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { EmptyState, StatusIndicator, Table, type TableColumn } from '@/components/ui';
import { CHANGE_TYPE_LABELS, ChecklistStatus } from '@/components/draft/checklist-status';
import { requirePageUser } from '@/lib/auth/page';
import { listDraftReviews, type DraftReviewRow } from '@/lib/db/queries/reviews';
import { getDb } from '@/lib/db/runtime';
import type { DraftListItem } from '@/lib/db/queries/drafts';
import { listDraftsWithCounts } from '@/lib/server/drafts/list-drafts';

export const metadata: Metadata = { title: 'Reviews' };

type Row = DraftListItem & { review?: DraftReviewRow };

export default async function ReviewsPage() {
  await requirePageUser();
  const db = getDb();
  const drafts = await listDraftsWithCounts(db, { status: 'open' });
  const reviews = await listDraftReviews(
    db,
    drafts.map((d) => d.id),
  );
  const rows: Row[] = drafts.map((d) => ({ ...d, review: reviews.find((r) => r.draftId === d.id) }));
  const columns: TableColumn<Row>[] = [
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
      cell: (d) =>
        !d.review ? (
          <StatusIndicator type="pending">Not reviewed</StatusIndicator>
        ) : d.review.draftRevision !== d.revision ? (
          <StatusIndicator type="warning">{`Changed since review (rev. ${d.review.draftRevision})`}</StatusIndicator>
        ) : d.review.verdict === 'approved' ? (
          <StatusIndicator type="success">{`Approved by ${d.review.reviewerName}`}</StatusIndicator>
        ) : (
          <StatusIndicator type="error">{`Changes requested by ${d.review.reviewerName}`}</StatusIndicator>
        ),
    },
  ];
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Reviews' }]}
        title="Reviews"
        description="Open drafts and their compliance summaries. Reviewers approve a revision or request changes; sellers see the verdict before they submit."
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
