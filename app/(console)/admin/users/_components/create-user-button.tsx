'use client';
import { useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { createUserSchema, type CreateUserInput, PASSWORD_LENGTH } from '@/lib/schemas/auth';
import { createUserAction } from '@/lib/actions/users/create-user';
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from '@/lib/roles';
import { Alert, Button, Checkbox, FormField, Input, Modal, useToast } from '@/components/ui';

export function CreateUserButton() {
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [pending, start] = useTransition();
  const { push } = useToast();
  const form = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    defaultValues: { name: '', email: '', password: '', roles: [] },
  });
  const { errors } = form.formState;
  const roles = useWatch({ control: form.control, name: 'roles' });

  const submit = form.handleSubmit((values) =>
    start(async () => {
      setFormError(undefined);
      const r = await createUserAction(values);
      if (!r.ok) {
        setFormError(r.formError);
        for (const [k, m] of Object.entries(r.fieldErrors ?? {}))
          form.setError(k as keyof CreateUserInput, { message: m });
        return;
      }
      push({ type: 'success', content: `${values.name} can now sign in.` });
      form.reset();
      setOpen(false);
    }),
  );

  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        Add user
      </Button>
      <Modal
        open={open}
        onDismiss={() => setOpen(false)}
        header="Add user"
        footer={
          <div className="flex justify-end gap-2">
            <Button variant="link" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="primary" loading={pending} onClick={() => void submit()}>
              Add user
            </Button>
          </div>
        }
      >
        <form onSubmit={submit} noValidate className="space-y-4">
          {formError ? <Alert type="error">{formError}</Alert> : null}
          <FormField label="Name" id="new-name" error={errors.name?.message}>
            <Input id="new-name" invalid={!!errors.name} {...form.register('name')} />
          </FormField>
          <FormField label="Email" id="new-email" error={errors.email?.message}>
            <Input id="new-email" type="email" invalid={!!errors.email} {...form.register('email')} />
          </FormField>
          <FormField
            label="Initial password"
            id="new-password"
            constraint={`At least ${PASSWORD_LENGTH.min} characters. Share it with the person privately.`}
            error={errors.password?.message}
          >
            <Input
              id="new-password"
              type="password"
              autoComplete="new-password"
              invalid={!!errors.password}
              {...form.register('password')}
            />
          </FormField>
          <fieldset>
            <legend className="text-sm font-semibold">Roles</legend>
            <div className="mt-2 space-y-2">
              {ROLES.map((role) => (
                <div key={role}>
                  <Checkbox
                    label={ROLE_LABELS[role]}
                    checked={roles.includes(role)}
                    onChange={(e) =>
                      form.setValue(
                        'roles',
                        e.currentTarget.checked ? [...roles, role] : roles.filter((r) => r !== role),
                        {
                          shouldValidate: form.formState.isSubmitted,
                        },
                      )
                    }
                  />
                  <p className="ml-6 text-xs text-slate-600">{ROLE_DESCRIPTIONS[role]}</p>
                </div>
              ))}
            </div>
            {errors.roles?.message ? (
              <p className="mt-1 text-sm text-red-700">{errors.roles.message}</p>
            ) : null}
          </fieldset>
        </form>
      </Modal>
    </>
  );
}
