import type { CodeEntry } from '@/lib/draft/codes/registry';
import { StatusIndicator } from '@/components/ui';

const STATUS = {
  rule: ['success', 'Caught while you type'],
  'chart-preflight': ['info', 'Caught by chart preflight'],
  'not-decidable': ['stopped', 'Only AWS can tell'],
} as const;

export function CodesTable({ codes }: { codes: readonly CodeEntry[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">AWS asynchronous error codes and how Wharf covers each</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">
              Code
            </th>
            <th scope="col" className="px-4 py-2">
              What it means
            </th>
            <th scope="col" className="px-4 py-2">
              Coverage
            </th>
            <th scope="col" className="px-4 py-2">
              Rules and advice
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {[...codes]
            .sort((a, b) => a.code.localeCompare(b.code))
            .map((c) => {
              const [type, label] = STATUS[c.status];
              return (
                <tr key={c.code} className="align-top">
                  <th scope="row" className="px-4 py-2 font-mono text-xs font-normal">
                    {c.code}
                  </th>
                  <td className="px-4 py-2">
                    <p>{c.explanation}</p>
                    {c.fieldLabel ? <p className="text-xs text-slate-500">Field: {c.fieldLabel}</p> : null}
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    <StatusIndicator type={type}>{label}</StatusIndicator>
                  </td>
                  <td className="px-4 py-2 text-slate-600">
                    {c.ruleIds.length ? (
                      <p className="font-mono text-xs text-slate-500">{c.ruleIds.join(', ')}</p>
                    ) : null}
                    {c.advice ? <p>{c.advice}</p> : null}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
    </div>
  );
}
