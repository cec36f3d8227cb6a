'use client';
import type { Finding } from '@/lib/policy';
import { Alert, Button, ExpandableSection, StatusIndicator, type StatusType } from '@/components/ui';
import type { StoredChart } from '@/lib/draft/charts';

const SEVERITY: Record<Finding['severity'], { type: StatusType; label: string; order: number }> = {
  error: { type: 'error', label: 'Error', order: 0 },
  warning: { type: 'warning', label: 'Warning', order: 1 },
  manual: { type: 'info', label: 'Check', order: 2 },
};
const SHOWN = 8;

function where(f: Finding): string | undefined {
  if (!f.location) return undefined;
  return f.location.line ? `${f.location.file}:${f.location.line}` : f.location.file;
}

/** The message without the "file:line: " lead the analyser puts on some (the location is shown apart). */
function bareMessage(f: Finding, at: string | undefined): string {
  return at && f.message.startsWith(`${at}: `) ? f.message.slice(at.length + 2) : f.message;
}

function kb(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
}

function when(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** "2 errors, 1 warning" — or that the chart passed. */
export function chartSummary(findings: readonly Finding[]): { type: StatusType; text: string } {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const parts = [
    [n('error'), 'error', 'errors'],
    [n('warning'), 'warning', 'warnings'],
    [n('manual'), 'item to check', 'items to check'],
  ] as const;
  const text = parts
    .filter(([c]) => c > 0)
    .map(([c, one, many]) => `${c} ${c === 1 ? one : many}`)
    .join(', ');
  if (!text) return { type: 'success', text: 'No problems found' };
  return { type: n('error') ? 'error' : n('warning') ? 'warning' : 'info', text };
}

function FindingItem({ f }: { f: Finding }) {
  const s = SEVERITY[f.severity] ?? SEVERITY.error;
  const at = where(f);
  // Stacked, not in columns: the option column is narrow, and a file path should not break mid-name.
  return (
    <li className="py-2 text-sm first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <StatusIndicator type={s.type} className="font-bold">
          {s.label}
        </StatusIndicator>
        {at ? (
          <code className="min-w-0 font-mono text-xs [overflow-wrap:anywhere] text-slate-700">{at}</code>
        ) : null}
      </div>
      <p className="mt-0.5 pl-5.5 [overflow-wrap:anywhere] text-slate-900">{bareMessage(f, at)}</p>
      {f.code ? <p className="pl-5.5 font-mono text-xs text-slate-500">Prevents {f.code}</p> : null}
    </li>
  );
}

export interface ChartResultProps {
  chart: StoredChart;
  isStale: boolean;
  canEdit: boolean;
  isRemoving: boolean;
  onRemove(): void;
  /** Re-sends the same file (only while it is still in this tab). */
  onRecheck?: () => void;
}

/** The stored result of one chart check: what the chart is, what it renders, and what is wrong with it. */
export function ChartResult({ chart, isStale, canEdit, isRemoving, onRemove, onRecheck }: ChartResultProps) {
  const { analysis } = chart;
  const findings = [...analysis.findings].sort(
    (a, b) => (SEVERITY[a.severity]?.order ?? 0) - (SEVERITY[b.severity]?.order ?? 0),
  );
  const summary = chartSummary(findings);
  const title = [analysis.chart.name ?? 'Unnamed chart', analysis.chart.version].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-bold text-slate-900">{title}</p>
          <p className="text-xs [overflow-wrap:anywhere] text-slate-600">
            {chart.filename} · {kb(chart.size)} · checked {when(chart.analysedAt)} by {chart.analysedBy}
          </p>
          <StatusIndicator type={summary.type} className="mt-1 text-sm font-bold">
            {summary.text}
          </StatusIndicator>
        </div>
        {canEdit ? (
          <Button
            size="sm"
            variant="normal"
            loading={isRemoving}
            onClick={onRemove}
            aria-label={`Remove chart ${chart.filename}`}
          >
            Remove
          </Button>
        ) : null}
      </div>
      {isStale ? (
        <Alert
          type="warning"
          header="The option changed since this check"
          action={
            onRecheck && canEdit ? (
              <Button size="sm" variant="normal" onClick={onRecheck}>
                Check again
              </Button>
            ) : undefined
          }
        >
          Its container images, chart URI or delivery method differ from what the chart was checked against.
          {onRecheck ? '' : ' Upload the chart again to re-check.'}
        </Alert>
      ) : null}
      {findings.length ? (
        <ul aria-label={`Findings in ${chart.filename}`} className="divide-y divide-slate-100">
          {findings.slice(0, SHOWN).map((f, i) => (
            <FindingItem key={`${f.rule}#${i}`} f={f} />
          ))}
        </ul>
      ) : null}
      {findings.length > SHOWN ? (
        <ExpandableSection
          header={`${findings.length - SHOWN} more finding${findings.length - SHOWN === 1 ? '' : 's'}`}
        >
          <ul className="divide-y divide-slate-100">
            {findings.slice(SHOWN).map((f, i) => (
              <FindingItem key={`${f.rule}#${i + SHOWN}`} f={f} />
            ))}
          </ul>
        </ExpandableSection>
      ) : null}
      <ExpandableSection header={`Images the chart renders (${analysis.images.length})`}>
        {analysis.images.length ? (
          <ul className="flex flex-col gap-1">
            {analysis.images.map((img) => (
              <li key={img} className="font-mono text-xs break-all text-slate-800">
                {img}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">
            No image could be resolved from values.yaml and the templates.
          </p>
        )}
      </ExpandableSection>
    </div>
  );
}
