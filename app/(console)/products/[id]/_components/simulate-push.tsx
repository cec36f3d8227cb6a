'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert, Button, Checkbox, FormField, Input, Modal, Select, useToast } from '@/components/ui';
import { pushImageAction } from '@/lib/actions/registry/push-image';

/** Local Catalog service only: pretend to `docker push` a tag so the wizards can offer it. */
export function SimulatePush({ productId, repositories }: { productId: string; repositories: string[] }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [repository, setRepository] = useState(repositories[0] ?? '');
  const [tag, setTag] = useState('');
  const [vulnerable, setVulnerable] = useState(false);
  const [errors, setErrors] = useState<{ tag?: string; form?: string }>({});
  const [pending, start] = useTransition();
  const submit = () =>
    start(async () => {
      const res = await pushImageAction({ productId, repository, tag: tag.trim(), vulnerable });
      if (!res.ok)
        return setErrors({ tag: res.fieldErrors?.tag, form: res.fieldErrors ? undefined : res.formError });
      toast.push({ type: 'success', content: `Pushed ${res.data.imageUri}` });
      setOpen(false);
      setTag('');
      router.refresh();
    });
  return (
    <>
      <Button variant="normal" onClick={() => setOpen(true)} disabled={!repositories.length}>
        Simulate image push
      </Button>
      <Modal
        open={open}
        onDismiss={() => setOpen(false)}
        header="Simulate an image push"
        footer={
          <div className="flex justify-end gap-2">
            <Button variant="link" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="primary" loading={pending} onClick={submit}>
              Push image
            </Button>
          </div>
        }
      >
        <div className="flex flex-col gap-4">
          <p className="text-sm">
            The local Catalog service records the tag as if <code>docker push</code> had run, so it can be
            picked in the wizards.
          </p>
          {errors.form ? <Alert type="error">{errors.form}</Alert> : null}
          <FormField label="Repository">
            <Select
              value={repository}
              onChange={(e) => setRepository(e.target.value)}
              options={repositories.map((r) => ({ value: r, label: r.split('/').slice(1).join('/') }))}
            />
          </FormField>
          <FormField label="Tag" error={errors.tag} constraint="For example 1.2.0. Avoid “latest”.">
            <Input value={tag} onChange={(e) => setTag(e.target.value)} invalid={Boolean(errors.tag)} />
          </FormField>
          <Checkbox
            label="Mark as vulnerable"
            description="The image scan will then fail the change set with SCAN_ERROR."
            checked={vulnerable}
            onChange={(e) => setVulnerable(e.target.checked)}
          />
        </div>
      </Modal>
    </>
  );
}
