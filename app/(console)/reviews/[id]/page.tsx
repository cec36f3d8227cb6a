import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { Alert, Container, Header, KeyValuePairs, StatusIndicator } from '@/components/ui';
import { CHANGE_TYPE_LABELS } from '@/components/draft/checklist-status';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { loadDraftReview } from '@/lib/server/drafts/review-data';
import { can } from '@/lib/roles';
import { ReviewStateBadge } from '@/components/draft/review-state-badge';
import { ReviewForm } from './_components/review-form';
import { ReviewHistory } from './_components/review-history';
import { plural } from '@/lib/plural';

export const metadata: Metadata = { title: 'Review draft' };

export default async function ReviewDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  const data = /^[0-9a-f-]{36}$/i.test(id) ? await loadDraftReview(getDb(), id) : undefined;
  if (!data) notFound();
  const { draft, evaluation, attestations, events, state } = data;
  const blocking =
    evaluation.findings.filter((f) => f.severity === 'error').length + evaluation.counts.manual;
  const own = draft.authorId === user.id || draft.updatedBy === user.id;
  const failing = evaluation.results.filter((r) => r.status === 'fail' || r.status === 'warn');
  const manual = evaluation.results.filter((r) => r.status === 'manual' || r.status === 'attested');
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Reviews', href: '/reviews' }, { text: draft.title }]}
        title={`Review: ${draft.title}`}
        description={`${CHANGE_TYPE_LABELS[draft.changeType] ?? draft.changeType} for ${draft.productTitle}, revision ${draft.revision}.`}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-6">
          <Container
            header={
              <Header
                variant="h2"
                actions={<Link href={`/drafts/${draft.id}?step=review`}>Open the draft’s Review step</Link>}
              >
                Compliance summary
              </Header>
            }
          >
            <div className="flex flex-wrap gap-4" aria-label="Checklist counts">
              <StatusIndicator type="error">{`${evaluation.counts.failed} failing`}</StatusIndicator>
              <StatusIndicator type="warning">
                {plural(evaluation.counts.warnings, 'warning')}
              </StatusIndicator>
              <StatusIndicator type="pending">{`${evaluation.counts.manual} to attest`}</StatusIndicator>
              <StatusIndicator type="success">{`${evaluation.counts.passed} passed`}</StatusIndicator>
            </div>
            {evaluation.blocking ? (
              <Alert type="warning" className="mt-4">
                Submission is blocked until the failing items are fixed and every attestation is given.
              </Alert>
            ) : (
              <Alert type="success" className="mt-4">
                Nothing blocks submission.
              </Alert>
            )}
          </Container>
          <Container
            header={
              <Header variant="h2" counter={`(${failing.length})`}>
                Failing items and warnings
              </Header>
            }
          >
            {failing.length ? (
              <ul className="flex flex-col gap-3">
                {failing.map((r) => (
                  <li key={r.rule.id}>
                    <StatusIndicator type={r.status === 'fail' ? 'error' : 'warning'}>
                      {r.rule.title}
                    </StatusIndicator>
                    <ul className="mt-1 list-disc pl-10 text-sm">
                      {r.findings.slice(0, 5).map((f, i) => (
                        <li key={i}>{f.message}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            ) : (
              <p>None.</p>
            )}
          </Container>
          <Container
            header={
              <Header variant="h2" counter={`(${manual.length})`}>
                Attestations
              </Header>
            }
          >
            <KeyValuePairs
              columns={1}
              items={manual.map((r) => ({
                label: r.rule.title,
                value: r.attestation
                  ? `Attested by ${attestations[r.rule.id]?.byName ?? r.attestation.by} on ${new Date(r.attestation.at).toLocaleString()}`
                  : 'Not attested',
              }))}
            />
          </Container>
        </div>
        <div className="flex flex-col gap-6">
          <Container header={<Header variant="h2">Review state</Header>}>
            <ReviewStateBadge state={state} />
          </Container>
          {can(user.roles, 'draft:review') && draft.status === 'open' ? (
            <ReviewForm
              draftId={draft.id}
              revision={draft.revision}
              refusal={own ? 'You wrote or edited this draft, so another reviewer reviews it.' : undefined}
              approveBlocked={
                blocking
                  ? `Approve is not available while the checklist has ${plural(blocking, 'blocking item')}: request changes instead.`
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
