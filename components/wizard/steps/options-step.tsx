'use client';
import { useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button, FormField, Select } from '@/components/ui';
import { PlusIcon } from '@/components/ui/icons';
import { emptyOption, METHOD_LABELS, randomKey, type OptionForm } from '@/lib/draft/form';
import type { OptionMethod } from '@/lib/draft/fields/kinds';
import { OptionCard } from './option-card';

export interface OptionTemplate {
  label: string;
  option: OptionForm;
}

/** Delivery options of the version; Add can add (blank or from a template) and remove them. */
export function OptionsStep({
  productId,
  repositoryUrls,
  templates,
  canAdd,
  visibilityOf,
}: {
  productId: string;
  repositoryUrls: string[];
  templates: OptionTemplate[];
  canAdd: boolean;
  visibilityOf?: (id?: string) => string | undefined;
}) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'options', keyName: 'fieldKey' });
  const [method, setMethod] = useState<OptionMethod>('helm');
  const [template, setTemplate] = useState('');
  return (
    <div className="flex flex-col gap-5">
      {fields.map((f, i) => (
        <OptionCard
          key={f.fieldKey}
          index={i}
          productId={productId}
          repositoryUrls={repositoryUrls}
          visibility={visibilityOf?.((f as unknown as OptionForm).id)}
          onRemove={canAdd && fields.length > 1 ? () => remove(i) : undefined}
        />
      ))}
      {canAdd && fields.length < 4 ? (
        <div className="flex flex-wrap items-end gap-3 rounded-lg border border-dashed border-slate-300 p-4">
          <FormField label="Delivery method">
            <Select
              value={method}
              onChange={(e) => setMethod(e.target.value as OptionMethod)}
              options={(Object.keys(METHOD_LABELS) as OptionMethod[]).map((m) => ({
                value: m,
                label: METHOD_LABELS[m],
              }))}
            />
          </FormField>
          <Button variant="normal" onClick={() => append(emptyOption(method))}>
            <PlusIcon /> Add delivery option
          </Button>
          {templates.length ? (
            <>
              <FormField label="Start from an existing delivery option">
                <Select
                  value={template}
                  onChange={(e) => setTemplate(e.target.value)}
                  placeholder="Choose an earlier option"
                  options={templates.map((t, i) => ({ value: String(i), label: t.label }))}
                />
              </FormField>
              <Button
                variant="normal"
                disabled={template === ''}
                onClick={() => {
                  const t = templates[Number(template)];
                  if (t) append({ ...structuredClone(t.option), key: randomKey() });
                  setTemplate('');
                }}
              >
                Copy as new option
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
