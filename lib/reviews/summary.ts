/*
 * The compliance summary of one draft revision, built from the verdict the console already computed
 * (evaluateDraft, through verdictOfStoredDraft): this file never evaluates, so its counts are the
 * wizard's. Pure: the server reads the draft, the live product and the registry and passes them in.
 */
import type { RuleResult } from '@/lib/policy';
import { CHART_RULES } from '@/lib/chart/rules';
import { groupResults } from '@/lib/checklist/group-results';
import type { StoredAttestations } from '@/lib/draft/attestations';
import { isCheckStale, storedChartOf, type StoredCharts } from '@/lib/draft/charts';
import { versionDiff } from '@/lib/draft/diff';
import type { DraftVerdict } from '@/lib/draft/evaluate-draft';
import { METHOD_LABELS, type WizardForm } from '@/lib/draft/form';
import { contradictionsOf, evidenceOfVerdict } from './contradictions';
import { evidenceOf } from './evidence';
import { imageScans, requestImages, type RegistryTags } from './images';
import type { ComplianceSummary, SummaryAttestation, SummaryChart, SummaryRule } from './summary-types';

export type * from './summary-types';

/** Everything the summary is made of; who and when come from the server's session and clock. */
export interface SummaryInput {
  draft: Omit<ComplianceSummary['draft'], 'updatedAt'> & { updatedAt: string | Date };
  verdict: DraftVerdict;
  form: WizardForm;
  charts: StoredCharts;
  attestations: StoredAttestations;
  /** The registry's tags (lib/catalog/registry); undefined when it cannot be read (AWS). */
  registry: RegistryTags | undefined;
  generatedAt: Date;
  generatedBy: { id: string; name: string };
}

/* The chart preflight's own rule table knows each chart rule's seed section and AWS code. */
const CHART_META = new Map(CHART_RULES.map((r) => [r.id, r]));

/* Chart messages often lead with their own file:line; the summary shows the location apart. */
function withoutLocation(message: string, loc: { file: string; line?: number } | undefined): string {
  if (!loc) return message;
  for (const lead of [loc.line ? `${loc.file}:${loc.line}` : undefined, loc.file])
    if (lead && message.startsWith(lead)) return message.slice(lead.length).replace(/^:?\s*/, '');
  return message;
}

function ruleOf(r: RuleResult, request: unknown, attestation?: SummaryAttestation): SummaryRule {
  const meta = CHART_META.get(r.rule.id) ?? r.rule;
  return {
    id: r.rule.id,
    title: r.rule.title,
    status: r.status,
    severity: r.rule.severity,
    source: { document: meta.source.document, code: meta.source.code },
    field: meta.field,
    fix: r.rule.fix || meta.fix,
    findings: r.findings.map((f) => ({
      path: f.path,
      message: withoutLocation(f.message, f.location),
      location: f.location,
    })),
    // A confirmation is a person's word on what no program reads: it has no field values.
    evidence: r.rule.severity === 'manual' ? [] : evidenceOf(request, meta, r.findings),
    required: r.required,
    attestation,
  };
}

function chartsOf(input: SummaryInput): SummaryChart[] {
  const out: SummaryChart[] = [];
  for (const i of input.verdict.optionIndex) {
    const opt = input.form.options[i];
    const c = opt && opt.method !== 'ecr' ? storedChartOf(input.charts, opt.key) : undefined;
    if (!opt || !c) continue;
    out.push({
      option: opt.title || METHOD_LABELS[opt.method],
      filename: c.filename,
      sha256: c.sha256,
      size: c.size,
      analysedAt: c.analysedAt,
      analysedBy: c.analysedBy,
      chart: { name: c.analysis.chart?.name, version: c.analysis.chart?.version },
      isStale: isCheckStale(c, opt),
      images: c.analysis.images ?? [],
      findings: c.analysis.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        file: f.location?.file,
        line: f.location?.line,
        message: withoutLocation(f.message, f.location),
      })),
    });
  }
  return out;
}

/** The summary of one draft revision. Pure and deterministic for its input. */
export function buildComplianceSummary(input: SummaryInput): ComplianceSummary {
  const { verdict, draft } = input;
  const images = imageScans(requestImages(verdict.request), input.registry);
  const attested = verdict.evaluation.results.filter((r) => r.status === 'attested');
  const contradicted = new Map(
    contradictionsOf(
      attested.map((r) => r.rule.id),
      evidenceOfVerdict(verdict.evaluation, images),
    ).map((c) => [c.rule, c]),
  );
  const attestations = new Map<string, SummaryAttestation>();
  for (const r of attested) {
    const a = input.attestations[r.rule.id];
    const c = contradicted.get(r.rule.id);
    attestations.set(r.rule.id, {
      rule: r.rule.id,
      title: r.rule.title,
      by: a?.by ?? r.attestation?.by ?? '',
      byName: a?.byName ?? r.attestation?.by ?? '',
      at: a?.at ?? r.attestation?.at ?? '',
      revision: a?.revision ?? 0,
      ...(c ? { contradiction: { message: c.message, evidence: c.evidence } } : {}),
    });
  }
  const groups = groupResults(verdict.evaluation).map((s) => ({
    title: s.title,
    counts: s.counts,
    // Without an isPending test nothing is held back as "to complete": every result keeps its status.
    rules: s.results.map((r) =>
      ruleOf(
        { ...r, status: r.status === 'todo' ? 'fail' : r.status },
        verdict.request,
        attestations.get(r.rule.id),
      ),
    ),
  }));
  return {
    draft: {
      id: draft.id,
      title: draft.title,
      productId: draft.productId,
      productTitle: draft.productTitle,
      changeType: draft.changeType,
      revision: draft.revision,
      status: draft.status,
      updatedAt: new Date(draft.updatedAt).toISOString(),
    },
    generatedAt: input.generatedAt.toISOString(),
    generatedBy: input.generatedBy,
    counts: verdict.counts,
    notApplicable: verdict.evaluation.results.filter((r) => r.status === 'n/a').length,
    groups,
    charts: chartsOf(input),
    images,
    diff: draft.changeType === 'UpdateDeliveryOptions' ? versionDiff(input.form) : undefined,
    attestations: [...attestations.values()],
  };
}
