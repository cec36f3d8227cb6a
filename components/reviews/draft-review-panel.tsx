'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert, Button, FormField, Modal, Textarea, useToast } from '@/components/ui';
import { requestReviewAction } from '@/lib/actions/reviews/request-review';
import { reviewStateLabel, type ReviewState } from '@/lib/reviews/state';

/**
 * Above the wizard: the draft's review state (already moved to the wizard's own revision) and, for
 * product managers, "Request review" of the revision they see.
 */
export function DraftReviewPanel(p: {
  draftId: string;
  revision: number;
  state: ReviewState;
  canRequest: boolean;
  isSaving: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ note?: string; form?: string }>({});
  const [pending, start] = useTransition();
  const s = p.state;
  const requested = s.kind === 'in-review' && s.revision === p.revision;
  const send = () =>
    start(async () => {
      const res = await requestReviewAction({ id: p.draftId, revision: p.revision, note });
      if (!res.ok) return setError({ note: res.fieldErrors?.note, form: res.formError });
      setError({});
      setOpen(false);
      setNote('');
      toast.push({ type: 'success', content: `Review of revision ${p.revision} requested.` });
      router.refresh();
    });
  const tone =
    s.kind === 'approved'
      ? 'success'
      : s.kind === 'changes-requested'
        ? 'error'
        : s.kind === 'out-of-date'
          ? 'warning'
          : 'info';
  return (
    <div className="mb-4" data-testid="draft-review">
      <Alert
        type={tone}
        header={reviewStateLabel(s)}
        action={
          p.canRequest && !requested ? (
            <Button onClick={() => setOpen(true)} disabled={p.isSaving}>
              {s.kind === 'not-requested' ? 'Request review' : 'Request review again'}
            </Button>
          ) : undefined
        }
      >
        {s.kind === 'out-of-date'
          ? `The draft changed after ${s.by ?? 'a reviewer'} approved revision ${s.revision}; revision ${p.revision} needs a new review.`
          : s.kind === 'not-requested'
            ? 'No reviewer has been asked to read this draft yet.'
            : s.kind === 'in-review'
              ? `${s.by ?? 'Someone'} asked reviewers to read revision ${s.revision}.`
              : `${s.by ?? 'A reviewer'}: ${s.comment || 'No comment.'}`}{' '}
        <Link href={`/reviews/${p.draftId}`}>Open the compliance summary</Link>
      </Alert>
      <Modal
        open={open}
        header={`Request review of revision ${p.revision}`}
        onDismiss={() => setOpen(false)}
        footer={
          <>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button variant="primary" loading={pending} onClick={send}>
              Request review
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-3">
          <p className="text-sm">
            Every reviewer is told, in the console and on the team’s webhook. Any edit after an approval puts
            it out of date.
          </p>
          {error.form ? <Alert type="error">{error.form}</Alert> : null}
          <FormField label="Note for reviewers (optional)" error={error.note}>
            <Textarea
              rows={3}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              invalid={Boolean(error.note)}
            />
          </FormField>
        </div>
      </Modal>
    </div>
  );
}
