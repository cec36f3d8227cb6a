'use client';
import { Checkbox, Container, ExpandableSection, Header, StatusIndicator, type StatusType } from '@/components/ui';
import type { Evaluation, RuleResult } from '@/lib/policy';

/*
 * A compact checklist for the wizard, with the props of components/checklist's ChecklistPanel
 * (not in the tree when this was written). Swap the import when that panel lands.
 */
export interface WizardChecklistProps {
  evaluation: Evaluation;
  onFocusField: (path: string) => void;
  onAttest?: (ruleId: string, checked: boolean) => void;
  attestations?: Record<string, { by: string; at: string }>;
  readOnly?: boolean;
}

const STATUS: Record<RuleResult['status'], { type: StatusType; text: string }> = {
  fail: { type: 'error', text: 'Fails' },
  warn: { type: 'warning', text: 'Warning' },
  manual: { type: 'pending', text: 'Needs attestation' },
  attested: { type: 'success', text: 'Attested' },
  pass: { type: 'success', text: 'Passes' },
  'n/a': { type: 'stopped', text: 'Not applicable' },
};

export function WizardChecklist({ evaluation, onFocusField, onAttest, attestations = {}, readOnly }: WizardChecklistProps) {
  const open = evaluation.results.filter((r) => r.status === 'fail' || r.status === 'warn');
  const manual = evaluation.results.filter((r) => r.status === 'manual' || r.status === 'attested');
  const passed = evaluation.results.filter((r) => r.status === 'pass');
  const { counts } = evaluation;
  return (
    <Container header={<Header variant="h2" description={evaluation.blocking ? 'Submission is blocked until every error is fixed and every attestation given.' : 'Nothing blocks submission.'}>Checklist</Header>}>
      <div className="flex flex-col gap-4 text-sm" aria-label="Checklist" role="region">
        <div className="flex flex-wrap gap-3" data-testid="checklist-counts">
          <StatusIndicator type="error">{counts.failed} failing</StatusIndicator>
          <StatusIndicator type="warning">{counts.warnings} warnings</StatusIndicator>
          <StatusIndicator type="pending">{counts.manual} to attest</StatusIndicator>
          <StatusIndicator type="success">{counts.passed} passed</StatusIndicator>
        </div>
        <ul className="flex flex-col gap-3" aria-label="Checklist items to fix">
          {open.map((r) => (
            <li key={r.rule.id} data-rule={r.rule.id}>
              <StatusIndicator type={STATUS[r.status].type}>{r.rule.title}</StatusIndicator>
              <ul className="mt-1 flex flex-col gap-1 pl-6">
                {r.findings.slice(0, 5).map((f, i) => (
                  <li key={i}>
                    <button type="button" className="text-left text-blue-700 hover:underline" onClick={() => onFocusField(f.path)}>
                      {f.message}
                    </button>
                    {f.code ? <span className="ml-1 text-xs text-slate-500">({f.code})</span> : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {manual.length ? (
          <ExpandableSection header={`Attestations (${manual.filter((r) => r.status === 'attested').length}/${manual.length})`} defaultExpanded>
            <ul className="flex flex-col gap-2">
              {manual.map((r) => (
                <li key={r.rule.id}>
                  <Checkbox
                    label={r.rule.title}
                    description={attestations[r.rule.id] ? `Attested by ${attestations[r.rule.id]!.by}` : r.rule.fix}
                    checked={r.status === 'attested'}
                    disabled={readOnly || !onAttest}
                    onChange={(e) => onAttest?.(r.rule.id, e.target.checked)}
                  />
                </li>
              ))}
            </ul>
          </ExpandableSection>
        ) : null}
        {passed.length ? (
          <ExpandableSection header={`Passed (${passed.length})`}>
            <ul className="flex flex-col gap-1">{passed.map((r) => <li key={r.rule.id}><StatusIndicator type="success">{r.rule.title}</StatusIndicator></li>)}</ul>
          </ExpandableSection>
        ) : null}
      </div>
    </Container>
  );
}
