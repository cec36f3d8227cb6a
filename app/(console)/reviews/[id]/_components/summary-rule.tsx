import { ExpandableSection, StatusIndicator, type StatusType } from '@/components/ui';
import type { RuleStatus } from '@/lib/policy';
import { STATUS_LABELS } from '@/lib/reviews/summary-markdown';
import type { SummaryRule } from '@/lib/reviews/summary';
import { SummaryAttestationLine } from './summary-attestations';

export const STATUS_TYPES: Record<RuleStatus, StatusType> = {
  fail: 'error',
  warn: 'warning',
  manual: 'pending',
  attested: 'success',
  pass: 'success',
  'n/a': 'stopped',
};

const at = (l: { file: string; line?: number }) => (l.line ? `${l.file}:${l.line}` : l.file);

/** One rule: status, title and source; its findings and the values it looked at fold out. */
export function SummaryRuleItem({ rule }: { rule: SummaryRule }) {
  const needsAttention = rule.status === 'fail' || rule.status === 'warn' || rule.status === 'manual';
  const hasDetail = rule.findings.length > 0 || rule.evidence.length > 0;
  return (
    <li className="break-inside-avoid border-t border-slate-200 py-2 first:border-t-0">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <StatusIndicator type={STATUS_TYPES[rule.status]}>
          <span className="text-ink">
            <span className="font-medium">{STATUS_LABELS[rule.status]}:</span> {rule.title}
          </span>
        </StatusIndicator>
        <span className="text-ink-secondary text-xs">
          {rule.source.document}
          {rule.source.code ? (
            <>
              {' · prevents '}
              <code>{rule.source.code}</code>
            </>
          ) : null}
        </span>
      </div>
      {rule.attestation ? <SummaryAttestationLine a={rule.attestation} /> : null}
      {hasDetail ? (
        <ExpandableSection
          className="mt-1 text-sm"
          header={`Evidence (${rule.findings.length} findings, ${rule.evidence.length} values)`}
          defaultExpanded={needsAttention}
        >
          {rule.findings.length ? (
            <ul className="list-disc pl-5">
              {rule.findings.slice(0, 20).map((f, i) => (
                <li key={i}>
                  {f.location ? <code className="mr-1">{at(f.location)}</code> : null}
                  {f.message}
                </li>
              ))}
            </ul>
          ) : null}
          {rule.evidence.length ? (
            <dl className="mt-1 grid grid-cols-1 gap-x-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
              {rule.evidence.map((v) => (
                <div key={v.path} className="contents">
                  <dt className="text-ink-secondary font-mono text-xs break-all">{v.path}</dt>
                  <dd className="font-mono text-xs break-all whitespace-pre-wrap">{v.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {needsAttention && rule.fix ? <p className="mt-1">Fix: {rule.fix}</p> : null}
        </ExpandableSection>
      ) : null}
    </li>
  );
}
