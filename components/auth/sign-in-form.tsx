'use client';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { signInSchema, type SignInInput } from '@/lib/schemas/auth';
import { signInAction } from '@/lib/actions/auth/sign-in';
import { signInSsoAction } from '@/lib/actions/auth/sign-in-sso';
import { Alert, Button, FormField, Input } from '@/components/ui';

export function SignInForm({ next, sso }: { next?: string; sso: boolean }) {
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
    defaultValues: { email: '', password: '', next },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setFormError(undefined);
    startTransition(async () => {
      const result = await signInAction(values);
      if (result && !result.ok) {
        setFormError(result.formError);
        for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
          form.setError(name as keyof SignInInput, { message });
        }
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign in">
      {formError ? <Alert type="error">{formError}</Alert> : null}
      <FormField label="Email" id="email" error={errors.email?.message}>
        <Input
          id="email"
          type="email"
          autoComplete="username"
          invalid={!!errors.email}
          {...form.register('email')}
        />
      </FormField>
      <FormField label="Password" id="password" error={errors.password?.message}>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          invalid={!!errors.password}
          {...form.register('password')}
        />
      </FormField>
      <Button type="submit" variant="primary" loading={pending} className="w-full justify-center">
        Sign in
      </Button>
      {sso ? (
        <Button
          type="button"
          variant="normal"
          className="w-full justify-center"
          onClick={() =>
            startTransition(async () => {
              const r = await signInSsoAction();
              if (!r.ok) setFormError(r.formError);
            })
          }
        >
          Sign in with single sign-on
        </Button>
      ) : null}
    </form>
  );
}
