/*
 * Manual rules whose confirmation the evidence can contradict. One table: the autosave refuses such a
 * confirmation when it is made (lib/actions/drafts/save-draft.ts), and the compliance summary flags
 * it when the evidence changed after it was made. Pure.
 */
import type { Evaluation, Finding } from '@/lib/policy';
import { isChartFindingPath } from '@/lib/draft/charts';
import type { ImageScan } from './images';

/** What a confirmation can be checked against: the chart preflight's findings and the image scans. */
export interface ContradictionEvidence {
  /** Chart findings of the evaluated draft (with file and line). */
  chartFindings: readonly Pick<Finding, 'rule' | 'message' | 'location'>[];
  images: readonly ImageScan[];
}

/** One confirmation the evidence contradicts, and the evidence, each item one line. */
export interface Contradiction {
  rule: string;
  message: string;
  evidence: string[];
}

interface Entry {
  /** The manual rule (lib/policy/rules/manual.ts). */
  rule: string;
  /** What contradicts it; empty when nothing does. */
  evidenceOf: (e: ContradictionEvidence) => string[];
  /** The sentence shown, given the evidence. */
  message: (evidence: string[]) => string;
  /** Whether the evidence needs the registry's scan status (the autosave reads it only then). */
  needsImages?: boolean;
}

const at = (f: Pick<Finding, 'message' | 'location'>): string => {
  const loc = f.location ? `${f.location.file}${f.location.line ? `:${f.location.line}` : ''}` : '';
  return loc && !f.message.startsWith(loc) ? `${loc}: ${f.message}` : f.message;
};

const chartFindings =
  (...rules: string[]) =>
  (e: ContradictionEvidence) =>
    e.chartFindings.filter((f) => rules.includes(f.rule)).map(at);

const first = (evidence: string[]) =>
  evidence.length > 1 ? `${evidence[0]} (and ${evidence.length - 1} more)` : (evidence[0] ?? '');

/** The table. Each entry is tested with a case that contradicts it and one that does not. */
export const CONTRADICTIONS: readonly Entry[] = [
  {
    rule: 'attest-helm-no-hardcoded-images',
    evidenceOf: chartFindings('chart-image-not-hardcoded'),
    message: (ev) => `The chart preflight lists a hard-coded image: ${first(ev)}`,
  },
  {
    rule: 'attest-helm-values-images',
    evidenceOf: chartFindings('chart-values-image-variables'),
    message: (ev) => `The chart preflight finds an image without values.yaml variables: ${first(ev)}`,
  },
  {
    rule: 'attest-helm-lint-template',
    evidenceOf: chartFindings('chart-yaml-valid', 'chart-values-yaml-valid', 'chart-template-syntax'),
    message: (ev) => `The chart preflight finds a chart that does not lint: ${first(ev)}`,
  },
  {
    rule: 'attest-secrets-as-references',
    evidenceOf: chartFindings('chart-values-no-raw-secrets'),
    message: (ev) => `The chart preflight finds a raw secret in values.yaml: ${first(ev)}`,
  },
  {
    rule: 'attest-images-scanned',
    needsImages: true,
    evidenceOf: (e) => e.images.filter((i) => i.scan === 'findings').map((i) => i.image),
    message: (ev) => `The registry's scan shows findings for ${first(ev)}`,
  },
];

const BY_RULE = new Map(CONTRADICTIONS.map((c) => [c.rule, c]));

/** Whether any of the rule ids can be contradicted by the registry's scan status. */
export function needsImageScans(ruleIds: readonly string[]): boolean {
  return ruleIds.some((id) => BY_RULE.get(id)?.needsImages === true);
}

/** Whether the rule is in the table (a confirmation of it is checked against the evidence). */
export function isContradictable(ruleId: string): boolean {
  return BY_RULE.has(ruleId);
}

/** The confirmations among `ruleIds` that the evidence contradicts, in the order given. */
export function contradictionsOf(
  ruleIds: readonly string[],
  evidence: ContradictionEvidence,
): Contradiction[] {
  const out: Contradiction[] = [];
  for (const id of ruleIds) {
    const entry = BY_RULE.get(id);
    const ev = entry?.evidenceOf(evidence) ?? [];
    if (entry && ev.length > 0) out.push({ rule: id, message: entry.message(ev), evidence: ev });
  }
  return out;
}

/** The evidence of an evaluated draft: its chart findings (the verdict's own) and its image scans. */
export function evidenceOfVerdict(
  evaluation: Pick<Evaluation, 'findings'>,
  images: readonly ImageScan[],
): ContradictionEvidence {
  return { chartFindings: evaluation.findings.filter((f) => isChartFindingPath(f.path)), images };
}
