import type { ReactNode } from 'react';

/** "DeliveryOptionTitle" → "Delivery option title". */
export function humanize(key: string): string {
  return key
    .replace(/DeliveryOptionDetails$/, ' delivery option')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/(?<=\s)([A-Z])(?=[a-z])/g, (c) => c.toLowerCase());
}

function Value({ value }: { value: unknown }): ReactNode {
  if (value === null || value === undefined || value === '') return <span className="text-slate-500">—</span>;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value !== 'object') return <span className="break-words whitespace-pre-wrap">{String(value)}</span>;
  if (Array.isArray(value)) {
    if (!value.length) return <span className="text-slate-500">None</span>;
    if (value.every((v) => typeof v !== 'object')) {
      return (
        <ul className="space-y-0.5">
          {value.map((v, i) => (
            <li key={i} className="font-mono text-xs break-all">
              {String(v)}
            </li>
          ))}
        </ul>
      );
    }
    return (
      <ol className="space-y-2">
        {value.map((v, i) => (
          <li key={i} className="rounded border border-slate-200 p-2">
            <DocumentView value={v} />
          </li>
        ))}
      </ol>
    );
  }
  return <DocumentView value={value} />;
}

/** A DetailsDocument as nested label/value pairs, in the order AWS gave them. */
export function DocumentView({ value }: { value: unknown }) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return <Value value={value} />;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.length) return <span className="text-slate-500">Empty</span>;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[minmax(9rem,14rem)_1fr]">
      {entries.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold text-slate-700">{humanize(k)}</dt>
          <dd className="min-w-0">
            <Value value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
