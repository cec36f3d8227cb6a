'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert, Button, Container, FormField, Header, Textarea, useToast } from '@/components/ui';
import { reviewDraftAction } from '@/lib/actions/reviews/review-draft';

/** Approve this revision or request changes (a comment is required for the latter). */
export function ReviewForm({
  draftId,
  revision,
  refusal,
  approveBlocked,
}: {
  draftId: string;
  revision: number;
  /** Why this user may not review the draft at all (their own). */
  refusal?: string;
  /** Why Approve is not available (the checklist blocks); Request changes still is. */
  approveBlocked?: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<{ comment?: string; form?: string }>({});
  const [pending, start] = useTransition();
  const send = (verdict: 'approved' | 'changes-requested') =>
    start(async () => {
      const res = await reviewDraftAction({ id: draftId, revision, verdict, comment });
      if (!res.ok)
        return setError({
          comment: res.fieldErrors?.comment,
          form: res.fieldErrors ? undefined : res.formError,
        });
      setError({});
      setComment('');
      toast.push({
        type: 'success',
        content: verdict === 'approved' ? `Revision ${revision} approved.` : 'Changes requested.',
      });
      router.refresh();
    });
  return (
    <Container
      header={
        <Header variant="h2" description={`Your verdict applies to revision ${revision}.`}>
          Your review
        </Header>
      }
    >
      {refusal ? (
        <Alert type="info">{refusal}</Alert>
      ) : (
        <div className="flex flex-col gap-4">
          {error.form ? <Alert type="error">{error.form}</Alert> : null}
          {approveBlocked ? <Alert type="warning">{approveBlocked}</Alert> : null}
          <FormField label="Comment" error={error.comment} description="Required when you request changes.">
            <Textarea
              rows={4}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              invalid={Boolean(error.comment)}
            />
          </FormField>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="normal" loading={pending} onClick={() => send('changes-requested')}>
              Request changes
            </Button>
            <Button
              variant="primary"
              loading={pending}
              disabled={Boolean(approveBlocked)}
              onClick={() => send('approved')}
            >
              Approve
            </Button>
          </div>
        </div>
      )}
    </Container>
  );
}
