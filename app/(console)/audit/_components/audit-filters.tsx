'use client';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button, ButtonLink, FormField, Input, Select } from '@/components/ui';
import { AUDIT_OUTCOMES, auditParamsToSearch, type AuditParams } from '@/lib/audit/list-params';
import { outcomeView } from '@/lib/audit/labels';

/** Actor, action, target, outcome and date range; a plain GET form, so it works before hydration too. */
export function AuditFilters({
  params,
  actors,
  actions,
}: {
  params: AuditParams;
  actors: { id: string; name: string }[];
  actions: { value: string; label: string }[];
}) {
  const router = useRouter();
  const isFiltered = Boolean(
    params.actor || params.action || params.target || params.outcome || params.from || params.to,
  );

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (k: string) => String(form.get(k) ?? '').trim() || undefined;
    const search = auditParamsToSearch({
      actor: value('actor'),
      action: value('action'),
      target: value('target'),
      outcome: value('outcome') as AuditParams['outcome'],
      from: value('from'),
      to: value('to'),
      pageSize: params.pageSize,
    });
    router.push(search ? `/audit?${search}` : '/audit');
  }

  return (
    <form
      method="get"
      action="/audit"
      onSubmit={submit}
      aria-label="Filter audit entries"
      className="grid grid-cols-1 items-end gap-3 sm:grid-cols-3 lg:grid-cols-[repeat(6,minmax(0,1fr))_auto]"
    >
      <FormField label="Actor" htmlFor="a-actor">
        <Select
          id="a-actor"
          name="actor"
          defaultValue={params.actor ?? ''}
          options={[{ value: '', label: 'Anyone' }, ...actors.map((a) => ({ value: a.id, label: a.name }))]}
        />
      </FormField>
      <FormField label="Action" htmlFor="a-action">
        <Select
          id="a-action"
          name="action"
          defaultValue={params.action ?? ''}
          options={[{ value: '', label: 'Any action' }, ...actions]}
        />
      </FormField>
      <FormField label="Target" htmlFor="a-target">
        <Input id="a-target" name="target" defaultValue={params.target ?? ''} placeholder="ID or email" />
      </FormField>
      <FormField label="Outcome" htmlFor="a-outcome">
        <Select
          id="a-outcome"
          name="outcome"
          defaultValue={params.outcome ?? ''}
          options={[
            { value: '', label: 'Any outcome' },
            ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: outcomeView(o).label })),
          ]}
        />
      </FormField>
      <FormField label="From" htmlFor="a-from">
        <Input id="a-from" name="from" type="date" defaultValue={params.from ?? ''} />
      </FormField>
      <FormField label="Until" htmlFor="a-to">
        <Input id="a-to" name="to" type="date" defaultValue={params.to ?? ''} />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          Apply
        </Button>
        {isFiltered ? (
          <ButtonLink href="/audit" variant="link">
            Clear
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
