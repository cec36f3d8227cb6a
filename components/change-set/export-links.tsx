'use client';
import { useSearchParams } from 'next/navigation';
import { buttonClasses } from '@/components/ui';
import { listParamsToSearch, parseListParams } from '@/lib/tracking/list-params';

/** CSV and JSON downloads of the list with the filters currently applied (every page, not just this one). */
export function ExportMenu({ search }: { search: string }) {
  const current = useSearchParams();
  const params = current.size
    ? listParamsToSearch({ ...parseListParams(new URLSearchParams(current.toString())), page: 1 })
    : search;
  const href = (format: string) =>
    `/api/change-sets/export?${new URLSearchParams([...new URLSearchParams(params), ['format', format]])}`;
  return (
    <>
      <a href={href('csv')} download className={buttonClasses({ variant: 'normal' })}>
        Export CSV
      </a>
      <a href={href('json')} download className={buttonClasses({ variant: 'normal' })}>
        Export JSON
      </a>
    </>
  );
}
