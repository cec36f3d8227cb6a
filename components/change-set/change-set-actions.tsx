'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ConfirmModal, Modal, useToast } from '@/components/ui';
import { cancelChangeSetAction } from '@/lib/actions/change-sets/cancel-change-set';
import { resubmitChangeSetAction } from '@/lib/actions/change-sets/resubmit-change-set';
import { queryKeys } from '@/lib/query/keys';

interface CancelProps {
  changeSetId: string;
  name: string;
  status: string;
}

/**
 * While PREPARING: the notice and a Cancel button behind a confirmation; the new status shows at once.
 * If the change set moves on while the confirmation is open, the dialog stays and says so instead of
 * vanishing under the seller's pointer.
 */
export function CancelChangeSetPanel({ changeSetId, name, status }: CancelProps) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const toast = useToast();
  const client = useQueryClient();
  const router = useRouter();
  const preparing = status === 'PREPARING';

  function confirm() {
    startTransition(async () => {
      const res = await cancelChangeSetAction({ changeSetId });
      setOpen(false);
      if (res.ok) {
        toast.push({ type: 'success', content: `Change set “${name}” is ${res.data.status.toLowerCase()}.` });
      } else {
        toast.push({
          type: 'error',
          header: 'Not cancelled',
          content: res.formError ?? 'The change set could not be cancelled.',
        });
      }
      await client.invalidateQueries({ queryKey: queryKeys.changeSets.all });
      router.refresh();
    });
  }

  if (!preparing && !open) return null;
  if (!preparing && !pending) {
    return (
      <Modal
        open
        onDismiss={() => setOpen(false)}
        header="It can no longer be cancelled"
        size="sm"
        footer={
          <Button variant="primary" onClick={() => setOpen(false)} data-autofocus>
            OK
          </Button>
        }
      >
        <p>
          While you were deciding, AWS Marketplace moved “{name}” on: it is now {status.toLowerCase()}. Only a
          change set that is still preparing can be cancelled.
        </p>
      </Modal>
    );
  }

  return (
    <>
      <Alert type="info" action={<Button onClick={() => setOpen(true)}>Cancel change set</Button>}>
        AWS is still preparing this change set, so it can be cancelled. Once it starts applying, it can no
        longer be cancelled.
      </Alert>
      <ConfirmModal
        open={open}
        title="Cancel this change set?"
        body={
          <p>
            AWS Marketplace stops preparing “{name}” and applies none of its changes. This cannot be undone;
            to make these changes later, revise the draft (on its page) and submit it again.
          </p>
        }
        confirmLabel="Cancel change set"
        cancelLabel="Keep it running"
        danger
        loading={pending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}

/** After SERVER_FAULT: submit the same request again, once (every tab gets the same new change set). */
export function ResubmitButton({ changeSetId }: { changeSetId: string }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const toast = useToast();
  const router = useRouter();

  function confirm() {
    startTransition(async () => {
      const res = await resubmitChangeSetAction({ changeSetId });
      setOpen(false);
      if (!res.ok) {
        toast.push({
          type: 'error',
          header: 'Not submitted',
          content: res.formError ?? 'The change set could not be submitted again.',
        });
        return;
      }
      toast.push({ type: 'success', content: 'Submitted again. This is the new change set.' });
      router.push(`/change-sets/${encodeURIComponent(res.data.changeSetId)}`);
    });
  }

  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        Submit again
      </Button>
      <ConfirmModal
        open={open}
        title="Submit the same changes again?"
        body={
          <p>
            AWS Marketplace failed on its side (SERVER_FAULT). The console starts a new change set with
            exactly the request it stored for this one.
          </p>
        }
        confirmLabel="Submit again"
        loading={pending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
