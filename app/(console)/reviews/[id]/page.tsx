import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { Alert, Container, Header } from '@/components/ui';
import { CHANGE_TYPE_LABELS } from '@/components/draft/checklist-status';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { loadDraftReview } from '@/lib/server/drafts/review-data';
import { can } from '@/lib/roles';
import { ReviewStateBadge } from '@/components/draft/review-state-badge';
import { ReviewForm } from './_components/review-form';
import { ReviewHistory } from './_components/review-history';
import { SummaryView } from './_components/summary-view';

export const metadata: Metadata = { title: 'Review draft' };

export default async function ReviewDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  const data = /^[0-9a-f-]{36}$/i.test(id) ? await loadDraftReview(getDb(), id, user) : undefined;
  if (!data) notFound();
  const { draft, summary, events, state } = data;
  const { failed, manual } = summary.counts;
  const own = draft.authorId === user.id || draft.updatedBy === user.id;
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
          <Container header={<Header variant="h2">Review state</Header>}>
            <ReviewStateBadge state={state} />
          </Container>
          {can(user.roles, 'draft:review') && draft.status === 'open' ? (
            <ReviewForm
              draftId={draft.id}
              revision={draft.revision}
              refusal={own ? 'You wrote or edited this draft, so another reviewer reviews it.' : undefined}
              approveBlocked={
                summary.counts.blocking
                  ? `Approve is not available while the checklist has ${failed} failing and ${manual} unconfirmed items: request changes instead.`
                  : undefined
              }
            />
          ) : draft.status !== 'open' ? (
            <Alert type="info">This draft was submitted; its reviews are kept below.</Alert>
          ) : (
            <Alert type="info">Reviewers record verdicts here.</Alert>
          )}
          <ReviewHistory events={events} revision={draft.revision} />
        </div>
      </div>
    </>
  );
}
