'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert, Button } from '@/components/ui';
import { createDraftAction } from '@/lib/actions/drafts/create-draft';
import type { CreateDraftInput } from '@/lib/schemas/wizard-actions';

/** The explicit Start: creates the draft on the server, then opens it. */
export function StartDraft({
  input,
  label,
  deepLink,
}: {
  input: CreateDraftInput;
  label: string;
  /** `?focus=…&awsError=…` of a "Fix in draft" link, or ''. */
  deepLink: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const onStart = () =>
    start(async () => {
      setError(undefined);
      const res = await createDraftAction(input);
      if (!res.ok) {
        setError(
          res.formError ?? Object.values(res.fieldErrors ?? {})[0] ?? 'The draft could not be started.',
        );
        return;
      }
      router.push(`/drafts/${res.data.id}${deepLink}`);
    });
  return (
    <div className="space-y-3">
      {error ? (
        <Alert type="error" header="The draft could not be started">
          {error}
        </Alert>
      ) : null}
      <Button variant="primary" loading={pending} onClick={onStart}>
        {label}
      </Button>
    </div>
  );
}
