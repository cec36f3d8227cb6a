import type { RuleMeta } from '@/lib/policy';
import { Badge } from '@/components/ui';

const SEVERITY = {
  error: ['red', 'Error'],
  warning: ['amber', 'Warning'],
  manual: ['grey', 'Attestation'],
} as const;

export function RulesTable({ rules }: { rules: RuleMeta[] }) {
  const sections = [...new Set(rules.map((r) => r.section))];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Every policy rule by section</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">
              Rule
            </th>
            <th scope="col" className="px-4 py-2">
              Severity
            </th>
            <th scope="col" className="px-4 py-2">
              Source
            </th>
            <th scope="col" className="px-4 py-2">
              Applies to
            </th>
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section} className="border-b border-slate-200">
            <tr>
              <th
                scope="rowgroup"
                colSpan={4}
                className="bg-slate-50/60 px-4 pt-3 pb-1 text-xs font-semibold text-slate-700"
              >
                {section}
              </th>
            </tr>
            {rules
              .filter((r) => r.section === section)
              .map((r) => {
                const [color, label] = SEVERITY[r.severity];
                return (
                  <tr key={r.id} className="align-top">
                    <td className="px-4 py-2">
                      <p className="font-medium text-[#16191f]">{r.title}</p>
                      <p className="text-xs text-slate-500">
                        <code>{r.id}</code>
                      </p>
                      <p className="mt-1 text-slate-600">{r.fix}</p>
                    </td>
                    <td className="px-4 py-2">
                      <Badge color={color}>{label}</Badge>
                    </td>
                    <td className="min-w-[9rem] px-4 py-2">
                      <p>{r.source.document}</p>
                      {r.source.code ? <code className="text-xs text-slate-600">{r.source.code}</code> : null}
                    </td>
                    <td className="px-4 py-2 text-slate-600">
                      {r.changeTypes.join(', ')}
                      {r.methods !== 'all' ? (
                        <span className="block text-xs">({r.methods.join(', ')})</span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
