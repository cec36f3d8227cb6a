'use client';
import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { Checkbox } from '@/components/ui';
import { LockNote } from './text-field';
import { useWizardField } from './wizard-field-context';

/** A string[] field as a group of checkboxes (compatible services, architectures, options). */
export function ChoiceListField({
  name,
  label,
  description,
  choices,
}: {
  name: string;
  label: string;
  description?: ReactNode;
  choices: readonly { value: string; label: ReactNode; description?: ReactNode; disabled?: boolean }[];
}) {
  const { control } = useFormContext();
  const { error, lockReason, disabled } = useWizardField(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const value = (field.value as string[] | undefined) ?? [];
        return (
          <fieldset
            className="flex min-w-0 flex-col gap-1"
            data-field={name}
            tabIndex={-1}
            ref={field.ref as never}
            onBlur={field.onBlur}
          >
            <legend className="text-ink font-bold">{label}</legend>
            {description ? <div className="text-ink-secondary text-sm">{description}</div> : null}
            <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
              {choices.map((c) => (
                <Checkbox
                  key={c.value}
                  label={c.label}
                  description={c.description}
                  checked={value.includes(c.value)}
                  disabled={disabled || c.disabled}
                  invalid={Boolean(error)}
                  onChange={(e) =>
                    field.onChange(
                      e.target.checked ? [...value, c.value] : value.filter((v) => v !== c.value),
                    )
                  }
                />
              ))}
            </div>
            {lockReason ? <LockNote reason={lockReason} /> : null}
            {error ? <p className="text-status-error text-sm font-bold">{error}</p> : null}
          </fieldset>
        );
      }}
    />
  );
}
