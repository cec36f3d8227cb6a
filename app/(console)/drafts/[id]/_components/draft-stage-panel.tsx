'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert, Button } from '@/components/ui';
import { duplicateDraftAction } from '@/lib/actions/drafts/duplicate-draft';
import { reviseDraftAction } from '@/lib/actions/drafts/revise-draft';
import { readOnlyReason, type DraftStage } from '@/lib/draft/lifecycle';

const csLink = (id: string) => <Link href={`/change-sets/${encodeURIComponent(id)}`}>{id}</Link>;

/** Above a submitted draft: why it is read-only, and the one thing to do next (revise or duplicate). */
export function DraftStagePanel({
  draftId,
  revision,
  stage,
  canEdit,
}: {
  draftId: string;
  revision: number;
  stage: DraftStage;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const run = (work: () => Promise<{ ok: boolean; formError?: string } & Record<string, unknown>>) =>
    start(async () => {
      setError(undefined);
      const res = await work();
      if (!res.ok) setError(res.formError ?? 'That did not work. Reload the page and try again.');
    });
  const revise = () =>
    run(async () => {
      const res = await reviseDraftAction({ id: draftId, revision });
      if (res.ok) router.refresh();
      return res;
    });
  const duplicate = () =>
    run(async () => {
      const res = await duplicateDraftAction({ id: draftId });
      if (res.ok) router.push(`/drafts/${res.data.id}`);
      return res;
    });
  const onlyPms = canEdit ? null : <p className="mt-1 text-sm">Only product managers can do this.</p>;
  const failure = error ? (
    <Alert type="error" header="Not done">
      {error}
    </Alert>
  ) : null;

  if (stage.kind === 'open') return null;
  if (stage.kind === 'in-progress') {
    return (
      <div className="mb-4">
        <Alert type="info" header="Read only while AWS Marketplace works on it">
          {readOnlyReason(stage)}
          {stage.changeSetId ? <> Change set {csLink(stage.changeSetId)}.</> : null}
        </Alert>
      </div>
    );
  }
  if (stage.kind === 'succeeded') {
    return (
      <div className="mb-4 space-y-2">
        <Alert
          type="success"
          header="Applied"
          action={
            canEdit ? (
              <Button loading={pending} onClick={duplicate}>
                Duplicate as new draft
              </Button>
            ) : undefined
          }
        >
          {readOnlyReason(stage)} Change set {csLink(stage.changeSetId)}.{onlyPms}
        </Alert>
        {failure}
      </div>
    );
  }
  const what =
    stage.status === 'CANCELLED'
      ? 'was cancelled, so none of its changes were applied'
      : stage.failureCode === 'SERVER_FAULT'
        ? 'failed on AWS’s side (SERVER_FAULT); it can also be submitted again unchanged from its page'
        : 'failed: AWS Marketplace rejected it';
  return (
    <div className="mb-4 space-y-2">
      <Alert
        type={stage.status === 'CANCELLED' ? 'warning' : 'error'}
        header="This revision was not applied"
        action={
          canEdit ? (
            <Button variant="primary" loading={pending} onClick={revise}>
              Revise draft
            </Button>
          ) : undefined
        }
      >
        Change set {csLink(stage.changeSetId)} {what}. Revise the draft to open revision {revision + 1} for
        editing, fix what AWS reported, and submit again.{onlyPms}
      </Alert>
      {failure}
    </div>
  );
}
