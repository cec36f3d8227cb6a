'use client';
import { useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Button, Checkbox, Input, Spinner } from '@/components/ui';
import { PlusIcon, XIcon } from '@/components/ui/icons';
import { useProductImages } from '@/lib/query/use-product-images';
import { imageChoices } from './image-choices';
import { LockNote } from './text-field';
import { useWizardField } from './wizard-field-context';

/**
 * Container images of a delivery option: tags pushed to the product's repositories (local service),
 * or typed URIs with the repository prefix offered (AWS, where tags cannot be listed). Tags the
 * draft's options use as their Helm chart are not offered (see image-choices).
 */
export function ImagePickerField({
  name,
  label,
  productId,
  repositoryUrls,
}: {
  name: string;
  label: string;
  productId: string;
  repositoryUrls: string[];
}) {
  const { control } = useFormContext();
  const { error, rowErrors, lockReason, disabled } = useWizardField(name);
  const images = useProductImages(productId);
  const [typed, setTyped] = useState('');
  const options = useWatch({ control, name: 'options' }) as { helmChartUri?: string }[] | undefined;
  const chartUris = (options ?? []).map((o) => o?.helmChartUri ?? '');
  const repos = imageChoices(images.data ?? [], chartUris);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const value = (field.value as string[]) ?? [];
        const toggle = (uri: string, on: boolean) =>
          field.onChange(on ? [...value, uri] : value.filter((v) => v !== uri));
        const known = new Set(repos.flatMap((r) => r.tags.map((t) => t.imageUri)));
        const listId = `${name}-prefixes`;
        // An image's own finding shows at its row; the field's message only when no row shows it.
        const shownAtRow = new Set(value.filter((v) => rowErrors[v]).map((v) => rowErrors[v]));
        const fieldError = error && !shownAtRow.has(error) ? error : undefined;
        return (
          <fieldset
            className="flex min-w-0 flex-col gap-2"
            data-field={name}
            ref={field.ref as never}
            tabIndex={-1}
          >
            <legend className="text-ink font-bold">{label}</legend>
            <div className="text-ink-secondary text-sm">
              Every image the option needs, including unchanged ones. Avoid the tag “latest”.
            </div>
            {images.isLoading ? <Spinner /> : null}
            {repos.map((repo) => (
              <div key={repo.url} className="rounded-lg border border-slate-200 p-2">
                <div className="font-mono text-xs break-all text-slate-600">{repo.url}</div>
                {repo.tags.length ? (
                  <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
                    {repo.tags.map((t) => (
                      <div key={t.imageUri}>
                        <Checkbox
                          label={<span className="font-mono text-sm">{t.tag}</span>}
                          description={t.vulnerable ? 'Scan findings' : undefined}
                          checked={value.includes(t.imageUri)}
                          disabled={disabled}
                          onChange={(e) => toggle(t.imageUri, e.target.checked)}
                        />
                        <RowError uri={t.imageUri} value={value} rowErrors={rowErrors} />
                      </div>
                    ))}
                  </div>
                ) : (
                  <div className="text-sm text-slate-500">
                    {repo.chartTags ? 'Only the Helm chart is pushed here.' : 'No images pushed yet.'}
                  </div>
                )}
              </div>
            ))}
            {value
              .filter((v) => !known.has(v))
              .map((uri) => (
                <div key={uri} className="flex flex-wrap items-center gap-x-2">
                  <code className="min-w-0 flex-1 truncate text-sm">{uri}</code>
                  {!disabled ? (
                    <Button
                      variant="icon"
                      aria-label={`Remove image ${uri}`}
                      onClick={() => toggle(uri, false)}
                    >
                      <XIcon />
                    </Button>
                  ) : null}
                  <RowError uri={uri} value={value} rowErrors={rowErrors} />
                </div>
              ))}
            {!disabled ? (
              <div className="flex gap-2">
                <Input
                  aria-label={`${label}: image URI`}
                  list={listId}
                  value={typed}
                  placeholder={repositoryUrls[0] ? `${repositoryUrls[0]}:1.0.0` : 'registry/repository:tag'}
                  onChange={(e) => setTyped(e.target.value)}
                  onBlur={field.onBlur}
                />
                <datalist id={listId}>
                  {repositoryUrls.map((u) => (
                    <option key={u} value={`${u}:`} />
                  ))}
                </datalist>
                <Button
                  variant="normal"
                  disabled={!typed.trim()}
                  onClick={() => {
                    if (!value.includes(typed.trim())) field.onChange([...value, typed.trim()]);
                    setTyped('');
                  }}
                >
                  <PlusIcon /> Add image
                </Button>
              </div>
            ) : null}
            {lockReason ? <LockNote reason={lockReason} /> : null}
            {fieldError ? <p className="text-status-error text-sm font-bold">{fieldError}</p> : null}
          </fieldset>
        );
      }}
    />
  );
}

/** A listed image's own checklist finding, under its row. */
function RowError(p: { uri: string; value: string[]; rowErrors: Record<string, string> }) {
  const message = p.value.includes(p.uri) ? p.rowErrors[p.uri] : undefined;
  return message ? <p className="text-status-error basis-full text-sm font-bold">{message}</p> : null;
}
