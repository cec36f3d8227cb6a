import type { ReactNode } from 'react';

/** "DeliveryOptionTitle" → "Delivery option title". */
function humanize(key: string): string {
  return key
    .replace(/DeliveryOptionDetails$/, ' delivery option')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/(?<=\s)([A-Z])(?=[a-z])/g, (c) => c.toLowerCase());
}

const isPlain = (v: unknown) =>
  v === null ||
  typeof v !== 'object' ||
  (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'));

function Scalar({ value }: { value: unknown }): ReactNode {
  if (value === null || value === undefined || value === '') return <span className="text-slate-500">—</span>;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    if (!value.length) return <span className="text-slate-500">None</span>;
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
  const s = String(value);
  return <span className={s.includes(' ') ? 'break-words whitespace-pre-wrap' : 'break-all'}>{s}</span>;
}

/**
 * A DetailsDocument as label/value rows in AWS's order. Plain values sit beside their label;
 * nested objects and lists of objects get their own indented block, so deep documents stay readable.
 */
export function DocumentView({ value, depth = 0 }: { value: unknown; depth?: number }) {
  if (isPlain(value)) return <Scalar value={value} />;
  if (Array.isArray(value)) {
    return (
      <ol className="space-y-2">
        {value.map((v, i) => (
          <li key={i} className="rounded-md border border-slate-200 bg-slate-50/60 p-3">
            <p className="mb-2 text-xs font-bold tracking-wide text-slate-500 uppercase">Item {i + 1}</p>
            <DocumentView value={v} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.length) return <span className="text-slate-500">Empty</span>;
  return (
    <dl className="space-y-2 text-sm">
      {entries.map(([k, v]) =>
        isPlain(v) ? (
          <div key={k} className="grid grid-cols-1 gap-x-4 sm:grid-cols-[minmax(8rem,13rem)_1fr]">
            <dt className="font-semibold text-slate-700">{humanize(k)}</dt>
            <dd className="min-w-0">
              <Scalar value={v} />
            </dd>
          </div>
        ) : (
          <div key={k}>
            <dt className="font-semibold text-slate-700">{humanize(k)}</dt>
            <dd className="mt-1 min-w-0 border-l-2 border-slate-200 pl-3">
              <DocumentView value={v} depth={depth + 1} />
            </dd>
          </div>
        ),
      )}
    </dl>
  );
}
