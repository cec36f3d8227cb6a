/* The checklist's grouping, shared by the wizard panel (components/checklist) and the compliance summary (lib/reviews). Pure. */
import type { Evaluation, Finding, RuleResult, RuleStatus } from '@/lib/policy';
import { plural } from '@/lib/plural';

/** A rule's status as shown: 'todo' is a failure on fields the seller has not reached yet. */
export type ShownStatus = RuleStatus | 'todo';
export type ShownFinding = Finding & { pending?: boolean };
export type ShownResult = Omit<RuleResult, 'status' | 'findings'> & {
  status: ShownStatus;
  findings: ShownFinding[];
};
export interface ShownCounts {
  failed: number;
  toComplete: number;
  warnings: number;
  manual: number;
  passed: number;
}

/** One collapsible section of the checklist. */
export interface ChecklistSection {
  title: string;
  results: ShownResult[];
  counts: ShownCounts;
  /** Sections with something to do start open; all-passed ones start closed. */
  needsAttention: boolean;
}

/** Whether an error finding waits (its field untouched); see lib/draft/reveal-findings. */
export type IsPending = (f: Finding) => boolean;

/* Within a section, what needs doing comes first. */
const ORDER: Record<ShownStatus, number> = {
  fail: 0,
  todo: 1,
  warn: 2,
  manual: 3,
  attested: 4,
  pass: 5,
  'n/a': 6,
};

const emptyCounts = (): ShownCounts => ({ failed: 0, toComplete: 0, warnings: 0, manual: 0, passed: 0 });

/**
 * A result as shown: a failing rule whose error findings all wait becomes 'todo'; waiting findings
 * are marked and listed after the shown ones. Pure.
 */
export function presentResult(r: RuleResult, isPending?: IsPending): ShownResult {
  if (r.status !== 'fail' || !isPending) return r;
  const findings = r.findings.map((f): ShownFinding =>
    f.severity === 'error' && isPending(f) ? { ...f, pending: true } : f,
  );
  const errors = findings.filter((f) => f.severity === 'error');
  const allWait = errors.length > 0 && errors.every((f) => f.pending);
  return {
    ...r,
    status: allWait ? 'todo' : 'fail',
    findings: [...findings.filter((f) => !f.pending), ...findings.filter((f) => f.pending)],
  };
}

function countInto(c: ShownCounts, status: ShownStatus) {
  if (status === 'fail') c.failed++;
  else if (status === 'todo') c.toComplete++;
  else if (status === 'warn') c.warnings++;
  else if (status === 'manual') c.manual++;
  else if (status !== 'n/a') c.passed++;
}

/** The summary counts as shown (the evaluation's counts with waiting failures as "to complete"). */
export function shownCounts(evaluation: Evaluation, isPending?: IsPending): ShownCounts {
  const c = emptyCounts();
  for (const r of evaluation.results) countInto(c, presentResult(r, isPending).status);
  return c;
}

/** Groups applicable results by section, keeping the catalog's section order. Pure. */
export function groupResults(evaluation: Evaluation, isPending?: IsPending): ChecklistSection[] {
  const sections = new Map<string, ChecklistSection>();
  for (const raw of evaluation.results) {
    if (raw.status === 'n/a') continue;
    const r = presentResult(raw, isPending);
    let s = sections.get(r.rule.section);
    if (!s) {
      s = { title: r.rule.section, results: [], counts: emptyCounts(), needsAttention: false };
      sections.set(r.rule.section, s);
    }
    s.results.push(r);
    countInto(s.counts, r.status);
  }
  for (const s of sections.values()) {
    s.results.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
    const c = s.counts;
    s.needsAttention = c.failed + c.toComplete + c.warnings + c.manual > 0;
  }
  return [...sections.values()];
}

/** The sentence the live region announces when the counts change. */
export function countsMessage(counts: Evaluation['counts'] & { toComplete?: number }): string {
  return [
    plural(counts.failed, 'check failed', 'checks failed'),
    ...(counts.toComplete ? [plural(counts.toComplete, 'item to complete', 'items to complete')] : []),
    plural(counts.warnings, 'warning', 'warnings'),
    plural(counts.manual, 'item to confirm', 'items to confirm'),
    plural(counts.passed, 'check passed', 'checks passed'),
  ].join(', ');
}

/** The short line of the phone-width summary bar: what needs doing, or that nothing does. */
export function summaryLine(c: ShownCounts): string {
  const parts = [
    c.failed && plural(c.failed, 'error'),
    c.toComplete && `${c.toComplete} to complete`,
    c.warnings && plural(c.warnings, 'warning'),
    c.manual && `${c.manual} to confirm`,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : `all ${c.passed} checks passed`;
}

/** The line under the summary counts. */
export function blockingNote(blocking: boolean, c: ShownCounts): string {
  if (!blocking) return 'Nothing blocks submission.';
  if (c.failed === 0 && c.toComplete > 0)
    return 'Complete the remaining items and confirm the checks to submit.';
  return 'Submission is blocked until errors are fixed and items confirmed.';
}

/** Deterministic timestamp (no locale, so server and client render the same text). */
export function formatAttestedAt(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]} UTC` : at;
}

/** Whether two results render the same (lets memoised items skip re-rendering while typing). */
export function sameResult(a: ShownResult, b: ShownResult): boolean {
  if (a === b) return true;
  if (a.status !== b.status || a.rule.id !== b.rule.id || a.findings.length !== b.findings.length)
    return false;
  if (a.attestation?.by !== b.attestation?.by || a.attestation?.at !== b.attestation?.at) return false;
  return a.findings.every(
    (f, i) =>
      f.path === b.findings[i]?.path &&
      f.message === b.findings[i]?.message &&
      f.pending === b.findings[i]?.pending,
  );
}
