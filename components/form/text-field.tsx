'use client';
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { FormField, Input, Textarea } from '@/components/ui';
import { LockIcon } from '@/components/ui/icons';
import { useWizardField } from './wizard-field-context';

export interface TextFieldProps {
  name: string;
  label: string;
  description?: ReactNode;
  constraint?: ReactNode;
  placeholder?: string;
  rows?: number;
  className?: string;
}

/** An RHF-bound text input (or textarea when `rows` is given) with checklist errors and lock reasons. */
export function TextField({
  name,
  label,
  description,
  constraint,
  placeholder,
  rows,
  className,
}: TextFieldProps) {
  const { register } = useFormContext();
  const { error, lockReason, disabled } = useWizardField(name);
  const reg = register(name);
  return (
    <FormField
      label={label}
      description={description}
      constraint={lockReason ? <LockNote reason={lockReason} /> : constraint}
      error={error}
      className={className}
    >
      {rows ? (
        <Textarea
          {...reg}
          rows={rows}
          placeholder={placeholder}
          invalid={Boolean(error)}
          readOnly={disabled}
          data-field={name}
        />
      ) : (
        <Input
          {...reg}
          placeholder={placeholder}
          invalid={Boolean(error)}
          readOnly={disabled}
          data-field={name}
        />
      )}
    </FormField>
  );
}

export function LockNote({ reason }: { reason: string }) {
  return (
    <span className="inline-flex items-center gap-1 text-slate-600">
      <LockIcon className="size-3.5" /> Locked: {reason}
    </span>
  );
}
