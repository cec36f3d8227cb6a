'use client';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button, Container, Header } from '@/components/ui';
import { PlusIcon, TrashIcon } from '@/components/ui/icons';
import { TextField } from '@/components/form/text-field';

/** AddRepositories: names checked as typed (by the checklist), with the resulting URI shown. */
export function RepositoriesStep({
  registryPrefix,
  existing,
  limit,
}: {
  registryPrefix: string;
  existing: string[];
  limit: number;
}) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'repositories' });
  const names = (useWatch({ control, name: 'repositories' }) as { name: string }[] | undefined) ?? [];
  const room = Math.max(0, limit - existing.length);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`${existing.length} of ${limit} repositories used. Names are permanent: a repository cannot be renamed, deleted or moved to another product.`}
        >
          Repository names
        </Header>
      }
    >
      <div className="flex flex-col gap-4">
        {fields.map((f, i) => {
          const name = names[i]?.name?.trim() ?? '';
          return (
            <div key={f.id} className="flex items-start gap-2">
              <div className="min-w-0 flex-1">
                <TextField
                  name={`repositories.${i}.name`}
                  label={`Repository name ${i + 1}`}
                  placeholder="nginx-web-app"
                  description="Lowercase letters, digits and . _ - separators. Give the name only, without your seller prefix."
                  constraint={
                    <span>
                      Repository URI:{' '}
                      <code className="break-all">
                        {registryPrefix}/{name || '…'}
                      </code>
                    </span>
                  }
                />
              </div>
              {fields.length > 1 ? (
                <Button
                  variant="icon"
                  className="mt-7"
                  aria-label={`Remove repository ${i + 1}`}
                  onClick={() => remove(i)}
                >
                  <TrashIcon />
                </Button>
              ) : null}
            </div>
          );
        })}
        <div className="flex items-center gap-3">
          <Button variant="normal" disabled={fields.length >= room} onClick={() => append({ name: '' })}>
            <PlusIcon /> Add another repository
          </Button>
          {fields.length >= room ? (
            <span className="text-sm text-slate-600">The product can hold {limit} repositories.</span>
          ) : null}
        </div>
        {existing.length ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-blue-700">
              Existing repositories ({existing.length})
            </summary>
            <ul className="mt-2 list-disc pl-5 font-mono text-xs">
              {existing.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </Container>
  );
}
