'use client';
import { useState, type FormEvent } from 'react';
import { Button, FormField, Input, Select } from '@/components/ui';
import { listParamsToSearch, type ListParams } from '@/lib/tracking/list-params';
import { CHANGE_SET_STATUSES, statusView } from '@/lib/tracking/status';

export interface Submitter {
  id: string;
  name: string;
}

/** Status, product, start-date range and submitter; applying them resets to page 1. */
export function ChangeSetFilters({
  params,
  submitters,
  onApply,
}: {
  params: ListParams;
  submitters: Submitter[];
  onApply: (search: string) => void;
}) {
  const [status, setStatus] = useState(params.status[0] ?? '');
  const [product, setProduct] = useState(params.product ?? '');
  const [from, setFrom] = useState(params.from ?? '');
  const [to, setTo] = useState(params.to ?? '');
  const [submitter, setSubmitter] = useState(params.submitter ?? '');
  const isFiltered = Boolean(
    params.status.length || params.product || params.from || params.to || params.submitter,
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    onApply(
      listParamsToSearch({
        ...params,
        status: status ? [status] : [],
        product: product.trim() || undefined,
        from: from || undefined,
        to: to || undefined,
        submitter: submitter || undefined,
        page: 1,
      }),
    );
  }

  function clear() {
    setStatus('');
    setProduct('');
    setFrom('');
    setTo('');
    setSubmitter('');
    onApply(listParamsToSearch({ sort: params.sort, order: params.order, pageSize: params.pageSize }));
  }

  return (
    <form
      onSubmit={submit}
      className="grid grid-cols-1 items-end gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]"
      aria-label="Filter change sets"
    >
      <FormField label="Status" htmlFor="f-status">
        <Select
          id="f-status"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[
            { value: '', label: 'Any status' },
            ...CHANGE_SET_STATUSES.map((s) => ({ value: s, label: statusView(s).label })),
          ]}
        />
      </FormField>
      <FormField label="Product ID" htmlFor="f-product">
        <Input
          id="f-product"
          value={product}
          onChange={(e) => setProduct(e.target.value)}
          placeholder="prod-…"
        />
      </FormField>
      <FormField label="Started from" htmlFor="f-from">
        <Input id="f-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </FormField>
      <FormField label="Started until" htmlFor="f-to">
        <Input id="f-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </FormField>
      <FormField label="Submitted by" htmlFor="f-submitter">
        <Select
          id="f-submitter"
          value={submitter}
          onChange={(e) => setSubmitter(e.target.value)}
          options={[
            { value: '', label: 'Anyone' },
            ...submitters.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          Apply
        </Button>
        {isFiltered ? (
          <Button type="button" variant="link" onClick={clear}>
            Clear
          </Button>
        ) : null}
      </div>
    </form>
  );
}
