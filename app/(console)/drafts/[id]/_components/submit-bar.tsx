'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type ReactNode } from 'react';
import { Alert, Button, ConfirmModal } from '@/components/ui';
import { submitDraftAction } from '@/lib/actions/submissions/submit-draft';
import type { ApprovalBlock } from '@/lib/reviews/approval-policy';

export interface SubmitBarProps {
  draftId: string;
  revision: number;
  label: string;
  canSubmit: boolean;
  isBlocking: boolean;
  blockingCount: number;
  isSaving: boolean;
  submittedChangeSetId?: string;
  onBlocked: () => void;
  /** Why the approval policy holds this revision, when it does (the server gate decides again). */
  approval?: ApprovalBlock;
  /** A destructive submission first asks, naming what it takes away. */
  confirm?: { title: string; body: ReactNode };
}

/** The final button, named after the action; failures appear in one alert above it. */
export function SubmitBar(p: SubmitBarProps) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<{ message: string; busy?: string; blocking?: string[] }>();
  const [asking, setAsking] = useState(false);
  const submit = (confirmed = false) => {
    if (p.isBlocking) {
      setError({
        message: `Fix the ${p.blockingCount} blocking checklist item${p.blockingCount === 1 ? '' : 's'} before submitting.`,
      });
      p.onBlocked();
      return;
    }
    if (p.confirm && !confirmed) return setAsking(true);
    setAsking(false);
    setError(undefined);
    start(async () => {
      const res = await submitDraftAction({ id: p.draftId, revision: p.revision });
      if (res.ok) {
        router.push(`/change-sets/${res.data.changeSetId}?flash=submitted`);
        return;
      }
      setError({
        message:
          res.formError ?? Object.values(res.fieldErrors ?? {})[0] ?? 'The change set was not submitted.',
        busy: 'busyChangeSetId' in res ? res.busyChangeSetId : undefined,
        blocking: 'blocking' in res ? res.blocking : undefined,
      });
    });
  };
  if (p.submittedChangeSetId) {
    return (
      <Alert type="success" header="Submitted">
        This draft revision was submitted as change set{' '}
        <Link href={`/change-sets/${p.submittedChangeSetId}`}>{p.submittedChangeSetId}</Link>.
      </Alert>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {p.approval ? (
        <Alert type="warning" header="Waiting for approval">
          {p.approval.message}
        </Alert>
      ) : null}
      {error ? (
        <Alert type="error" header="The change set was not submitted">
          <p>{error.message}</p>
          {error.busy ? (
            <p className="mt-1">
              <Link href={`/change-sets/${error.busy}`}>Open change set {error.busy}</Link>
            </p>
          ) : null}
          {error.blocking?.length ? (
            <ul className="mt-1 list-disc pl-5">
              {error.blocking.slice(0, 8).map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : null}
          <p className="mt-1 text-sm">Your draft is kept.</p>
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center justify-end gap-3">
        {!p.canSubmit ? (
          <span className="text-sm text-slate-600">
            A seller submits this draft: share its link once the checklist is clear.
          </span>
        ) : null}
        <Button
          variant="primary"
          loading={pending}
          disabled={!p.canSubmit || pending || p.isSaving || Boolean(p.approval)}
          onClick={() => submit()}
        >
          {p.label}
        </Button>
      </div>
      {p.confirm ? (
        <ConfirmModal
          open={asking}
          title={p.confirm.title}
          body={p.confirm.body}
          confirmLabel={p.label}
          cancelLabel="Keep them"
          danger
          loading={pending}
          onConfirm={() => submit(true)}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}
