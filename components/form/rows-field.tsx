'use client';
import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '@/components/ui';
import { PlusIcon, TrashIcon } from '@/components/ui/icons';
import { useWizardField } from './wizard-field-context';

/** A list of small records (override parameters, deployment resources): one row per entry. */
export function RowsField({
  name,
  label,
  description,
  addLabel,
  empty,
  max,
  renderRow,
}: {
  name: string;
  label: string;
  description?: ReactNode;
  addLabel: string;
  empty: Record<string, unknown>;
  max: number;
  renderRow: (prefix: string, index: number) => ReactNode;
}) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const { error, disabled } = useWizardField(name);
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" data-field={name}>
      <legend className="text-ink font-bold">{label}</legend>
      {description ? <div className="text-ink-secondary text-sm">{description}</div> : null}
      {fields.map((f, i) => (
        <div key={f.id} className="flex items-start gap-2 rounded-lg border border-slate-200 p-3">
          <div className="min-w-0 flex-1">{renderRow(`${name}.${i}`, i)}</div>
          {!disabled ? (
            <Button
              variant="icon"
              aria-label={`Remove ${label.toLowerCase()} ${i + 1}`}
              onClick={() => remove(i)}
            >
              <TrashIcon />
            </Button>
          ) : null}
        </div>
      ))}
      {error ? <p className="text-status-error text-sm font-bold">{error}</p> : null}
      {!disabled && fields.length < max ? (
        <div>
          <Button variant="normal" size="sm" onClick={() => append(empty)}>
            <PlusIcon /> {addLabel}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
