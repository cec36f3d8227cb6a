'use client';
import { useState, useTransition } from 'react';
import { renameUserAction } from '@/lib/actions/users/rename-user';
import { Alert, Button, FormField, Input, Modal, useToast } from '@/components/ui';

/** Names change here only: approvals and lists show them, so users cannot rename themselves. */
export function RenameUserButton({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(name);
  const [error, setError] = useState<{ field?: string; form?: string }>();
  const [pending, start] = useTransition();
  const { push } = useToast();
  const save = () =>
    start(async () => {
      const r = await renameUserAction({ userId, name: value });
      if (!r.ok) {
        setError({ field: r.fieldErrors?.name, form: r.fieldErrors?.name ? undefined : r.formError });
        return;
      }
      push({ type: 'success', content: `${name} is now called ${value.trim()}.` });
      setError(undefined);
      setOpen(false);
    });
  const id = `name-${userId}`;
  return (
    <>
      <Button size="sm" variant="normal" onClick={() => setOpen(true)}>
        Rename
      </Button>
      <Modal
        open={open}
        onDismiss={() => setOpen(false)}
        header={`Rename ${name}`}
        footer={
          <div className="flex justify-end gap-2">
            <Button variant="link" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="primary" loading={pending} onClick={save}>
              Save name
            </Button>
          </div>
        }
      >
        {error?.form ? <Alert type="error">{error.form}</Alert> : null}
        <FormField
          label="Name"
          id={id}
          constraint="Shown in approvals, reviews and lists."
          error={error?.field}
        >
          <Input
            id={id}
            autoComplete="off"
            value={value}
            invalid={!!error?.field}
            onChange={(e) => setValue(e.currentTarget.value)}
          />
        </FormField>
      </Modal>
    </>
  );
}
