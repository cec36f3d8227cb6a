'use client';
import { useState, type ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { FormField, Input } from '@/components/ui';
import { useWizardField } from './wizard-field-context';

const split = (s: string) =>
  s
    .split(/[,\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A short string[] typed as a comma-separated list (e.g. Kubernetes versions "1.29, 1.30"). */
export function StringListField({
  name,
  label,
  description,
  placeholder,
}: {
  name: string;
  label: string;
  description?: ReactNode;
  placeholder?: string;
}) {
  const { control } = useFormContext();
  const { error, disabled } = useWizardField(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <ListInput
          value={(field.value as string[]) ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          label={label}
          description={description}
          placeholder={placeholder}
          error={error}
          disabled={disabled}
          name={name}
        />
      )}
    />
  );
}

function ListInput(p: {
  value: string[];
  onChange: (v: string[]) => void;
  onBlur: () => void;
  label: string;
  description?: ReactNode;
  placeholder?: string;
  error?: string;
  disabled: boolean;
  name: string;
}) {
  // Keep the typed text (with its trailing comma) while the parsed list drives the form value.
  const [text, setText] = useState(p.value.join(', '));
  const shown = split(text).join(',') === p.value.join(',') ? text : p.value.join(', ');
  return (
    <FormField
      label={p.label}
      description={p.description}
      error={p.error}
      constraint="Separate entries with commas."
    >
      <Input
        value={shown}
        placeholder={p.placeholder}
        readOnly={p.disabled}
        invalid={Boolean(p.error)}
        data-field={p.name}
        onBlur={p.onBlur}
        onChange={(e) => {
          setText(e.target.value);
          p.onChange(split(e.target.value));
        }}
      />
    </FormField>
  );
}
