'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Alert, ButtonLink, Spinner } from '@/components/ui';
import { createDraftAction } from '@/lib/actions/drafts/create-draft';
import type { CreateDraftInput } from '@/lib/schemas/wizard-actions';

export interface StartDraftProps {
  productId: string;
  changeType: string;
  versionId?: string;
  fromChangeSet?: string;
  change?: string;
  focus?: string;
  awsError?: string;
}

/** Creates the draft once (a ref guards against a second effect run) and replaces the URL with it. */
export function StartDraft(p: StartDraftProps) {
  const router = useRouter();
  const started = useRef(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const res = await createDraftAction({
        productId: p.productId || undefined,
        // From the URL: the server's schema refuses a change type it has no wizard for.
        changeType: (p.changeType || undefined) as CreateDraftInput['changeType'],
        versionId: p.versionId,
        fromChangeSet: p.fromChangeSet,
        change: p.change,
      });
      if (!res.ok) {
        setError(
          res.formError ??
            Object.entries(res.fieldErrors ?? {})
              .map(([k, v]) => `${k}: ${v}`)
              .join(' ') ??
            'The draft could not be started.',
        );
        return;
      }
      const q = new URLSearchParams();
      if (p.focus) q.set('focus', p.focus);
      if (p.awsError) q.set('awsError', p.awsError);
      router.replace(`/drafts/${res.data.id}${q.size ? `?${q}` : ''}`);
    })();
  }, [p, router]);
  if (error) {
    return (
      <Alert
        type="error"
        header="The draft could not be started"
        action={
          <ButtonLink href={p.productId ? `/products/${p.productId}` : '/products'}>
            Back to the product
          </ButtonLink>
        }
      >
        {error}
      </Alert>
    );
  }
  return <Spinner label="Preparing the draft…" />;
}
