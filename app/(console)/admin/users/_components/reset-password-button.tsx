'use client';
import { useState, useTransition } from 'react';
import { resetUserPasswordAction } from '@/lib/actions/users/reset-user-password';
import { Alert, Button, FormField, Input, Modal, useToast } from '@/components/ui';
import { PASSWORD_LENGTH } from '@/lib/schemas/auth';

export function ResetPasswordButton({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const { push } = useToast();
  const save = () =>
    start(async () => {
      const r = await resetUserPasswordAction({ userId, password });
      if (!r.ok) {
        setError(r.fieldErrors?.password ?? r.formError);
        return;
      }
      push({ type: 'success', content: `Password of ${name} changed; their sessions were signed out.` });
      setPassword('');
      setOpen(false);
    });
  return (
    <>
      <Button size="sm" variant="normal" onClick={() => setOpen(true)}>
        Reset password
      </Button>
      <Modal
        open={open}
        onDismiss={() => setOpen(false)}
        header={`Reset the password of ${name}`}
        footer={
          <div className="flex justify-end gap-2">
            <Button variant="link" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="primary" loading={pending} onClick={save}>
              Set password
            </Button>
          </div>
        }
      >
        <FormField
          label="New password"
          id={`pw-${userId}`}
          constraint={`At least ${PASSWORD_LENGTH.min} characters.`}
          error={error}
        >
          <Input
            id={`pw-${userId}`}
            type="password"
            autoComplete="new-password"
            value={password}
            invalid={!!error}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
        </FormField>
        {error && !password ? <Alert type="error">{error}</Alert> : null}
      </Modal>
    </>
  );
}
