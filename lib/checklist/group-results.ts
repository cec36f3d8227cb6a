/* The checklist's grouping, shared by the wizard panel (components/checklist) and the compliance summary (lib/reviews). Pure. */
import type { Evaluation, RuleResult, RuleStatus } from '@/lib/policy';
import { plural } from '@/lib/plural';

/** One collapsible section of the checklist. */
export interface ChecklistSection {
  title: string;
  results: RuleResult[];
  counts: { failed: number; warnings: number; manual: number; passed: number };
  /** Sections with something to do start open; all-passed ones start closed. */
  needsAttention: boolean;
}

/* Within a section, what needs doing comes first. */
const ORDER: Record<RuleStatus, number> = { fail: 0, warn: 1, manual: 2, attested: 3, pass: 4, 'n/a': 5 };

/** Groups applicable results by section, keeping the catalog's section order. Pure. */
export function groupResults(evaluation: Evaluation): ChecklistSection[] {
  const sections = new Map<string, ChecklistSection>();
  for (const r of evaluation.results) {
    if (r.status === 'n/a') continue;
    let s = sections.get(r.rule.section);
    if (!s) {
      s = {
        title: r.rule.section,
        results: [],
        counts: { failed: 0, warnings: 0, manual: 0, passed: 0 },
        needsAttention: false,
      };
      sections.set(r.rule.section, s);
    }
    s.results.push(r);
    if (r.status === 'fail') s.counts.failed++;
    else if (r.status === 'warn') s.counts.warnings++;
    else if (r.status === 'manual') s.counts.manual++;
    else s.counts.passed++;
  }
  for (const s of sections.values()) {
    s.results.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
    s.needsAttention = s.counts.failed + s.counts.warnings + s.counts.manual > 0;
  }
  return [...sections.values()];
}

/** The sentence the live region announces when the counts change. */
export function countsMessage(counts: Evaluation['counts']): string {
  return [
    plural(counts.failed, 'check failed', 'checks failed'),
    plural(counts.warnings, 'warning', 'warnings'),
    plural(counts.manual, 'item to confirm', 'items to confirm'),
    plural(counts.passed, 'check passed', 'checks passed'),
  ].join(', ');
}

/** Deterministic timestamp (no locale, so server and client render the same text). */
export function formatAttestedAt(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]} UTC` : at;
}

/** Whether two results render the same (lets memoised items skip re-rendering while typing). */
export function sameResult(a: RuleResult, b: RuleResult): boolean {
  if (a === b) return true;
  if (a.status !== b.status || a.rule.id !== b.rule.id || a.findings.length !== b.findings.length)
    return false;
  if (a.attestation?.by !== b.attestation?.by || a.attestation?.at !== b.attestation?.at) return false;
  return a.findings.every((f, i) => f.path === b.findings[i]?.path && f.message === b.findings[i]?.message);
}
