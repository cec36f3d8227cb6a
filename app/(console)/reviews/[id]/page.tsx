import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { Alert, Container, Header, StatusIndicator } from '@/components/ui';
import { CHANGE_TYPE_LABELS } from '@/components/draft/checklist-status';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { loadDraftReview } from '@/lib/server/drafts/review-data';
import { summaryOfStoredDraft } from '@/lib/server/drafts/summary-data';
import { can } from '@/lib/roles';
import { ReviewForm } from './_components/review-form';
import { SummaryView } from './_components/summary-view';

export const metadata: Metadata = { title: 'Review draft' };

export default async function ReviewDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  const data = /^[0-9a-f-]{36}$/i.test(id) ? await loadDraftReview(getDb(), id) : undefined;
  if (!data) notFound();
  const { draft, reviews } = data;
  const summary = await summaryOfStoredDraft(draft, user);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Reviews', href: '/reviews' }, { text: draft.title }]}
        title={`Review: ${draft.title}`}
        description={`${CHANGE_TYPE_LABELS[draft.changeType] ?? draft.changeType} for ${draft.productTitle}, revision ${draft.revision}.`}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem] print:block">
        <div className="flex min-w-0 flex-col gap-6">
          <p className="text-sm print:hidden">
            <Link href={`/drafts/${draft.id}?step=review`}>Open the draft’s Review step</Link>
          </p>
          <SummaryView summary={summary} />
        </div>
        <div className="flex flex-col gap-6 print:hidden">
          {can(user.roles, 'draft:review') ? (
            <ReviewForm draftId={draft.id} revision={draft.revision} />
          ) : (
            <Alert type="info">Reviewers record verdicts here.</Alert>
          )}
          <Container header={<Header variant="h2">History</Header>}>
            {reviews.length ? (
              <ul className="flex flex-col gap-3 text-sm">
                {reviews.map((r) => (
                  <li key={r.id}>
                    <StatusIndicator
                      type={r.verdict === 'approved' ? 'success' : 'error'}
                    >{`${r.verdict === 'approved' ? 'Approved' : 'Changes requested'} · rev. ${r.draftRevision}`}</StatusIndicator>
                    <div className="text-slate-600">
                      {r.reviewerName}, {r.createdAt.toLocaleString()}
                    </div>
                    {r.comment ? <p className="mt-1 whitespace-pre-wrap">{r.comment}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm">No reviews yet.</p>
            )}
          </Container>
        </div>
      </div>
    </>
  );
}
