/*
 * Chart analyses kept with a draft, and how they reach the policy engine. Pure (no React, no I/O):
 * the wizard's live checklist, the upload route and the server submission gate share it.
 */
import type { ChartAnalysis } from '@/lib/policy';
import type { OptionForm, WizardForm } from './form';

/** One uploaded chart as stored in `draft.charts[<option key>]`. */
export interface StoredChart {
  filename: string;
  /** Bytes of the uploaded .tgz. */
  size: number;
  sha256: string;
  analysedAt: string;
  /** Display name of who uploaded it; `analysedById` is the user id. */
  analysedBy: string;
  analysedById: string;
  /** What the option said when the chart was checked (declared images and tag rules depend on it). */
  checkedAgainst: { method: 'helm' | 'eks-addon'; images: string[]; helmChartUri: string };
  analysis: ChartAnalysis;
}

/** `draft.charts`: stored charts by the option's stable form key (`options[i].key`). */
export type StoredCharts = Record<string, StoredChart>;

/** The upload limit, below the proxy's 10 MB buffer. */
export const MAX_CHART_UPLOAD_BYTES = 8 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the jsonb column defensively: entries that are not stored charts are left out. */
export function readStoredCharts(value: unknown): StoredCharts {
  if (!isObject(value)) return {};
  // fromEntries defines own properties, so a key such as "__proto__" stays a plain entry.
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) =>
        isObject(v) &&
        isObject(v.analysis) &&
        Array.isArray(v.analysis.findings) &&
        typeof v.filename === 'string',
    ),
  ) as StoredCharts;
}

/** The chart stored for an option key; keys are user data, so only own entries count. */
export function storedChartOf(stored: StoredCharts | undefined, key: string): StoredChart | undefined {
  return stored && Object.hasOwn(stored, key) ? stored[key] : undefined;
}

/** Request path of delivery option `j`, as lib/policy keys chart analyses. */
function optionRequestPath(j: number): string {
  return `ChangeSet[0].DetailsDocument.DeliveryOptions[${j}]`;
}

/** Whether a finding's path is a chart finding (re-rooted under "<option path>.Chart" by lib/policy). */
export function isChartFindingPath(path: string): boolean {
  return /^ChangeSet\[\d+\]\.DetailsDocument\.DeliveryOptions\[\d+\]\.Chart(?:\.|$)/.test(path);
}

/** The form field to focus for a finding: "options.<i>.chart" for a chart finding, else `field` as mapped. */
export function chartFieldOf(path: string, field: string | undefined): string | undefined {
  if (!field || !isChartFindingPath(path)) return field;
  const m = /^options\.(\d+)\./.exec(field);
  return m ? `options.${m[1]}.chart` : field;
}

/** The checklist shows a finding's message: lead it with file:line, as most chart messages already do. */
function withLocation(analysis: ChartAnalysis): ChartAnalysis {
  const findings = analysis.findings.map((f) => {
    if (!f.location) return f;
    const at = f.location.line ? `${f.location.file}:${f.location.line}` : f.location.file;
    return f.message.startsWith(`${f.location.file}:`) || f.message.includes(at)
      ? f
      : { ...f, message: `${at}: ${f.message}` };
  });
  return { ...analysis, findings };
}

/**
 * The `charts` argument of `evaluate` for a form: each Helm or EKS add-on option with a stored chart,
 * keyed by its DeliveryOptions path in the built request (`optionIndex[j]` is the form option behind
 * DeliveryOptions[j], from buildDetailsDocument). Options the request leaves out (an unchanged
 * option of an update) and charts of removed options contribute nothing.
 */
export function chartsForRequest(
  form: WizardForm,
  stored: StoredCharts | undefined,
  optionIndex: readonly number[],
): Record<string, ChartAnalysis> {
  const out: Record<string, ChartAnalysis> = {};
  if (!stored) return out;
  optionIndex.forEach((i, j) => {
    const opt: OptionForm | undefined = form.options[i];
    const chart = opt && opt.method !== 'ecr' ? storedChartOf(stored, opt.key) : undefined;
    if (chart) out[optionRequestPath(j)] = withLocation(chart.analysis);
  });
  return out;
}

/** Whether the option changed, since its chart was checked, in a way that changes the findings. */
export function isCheckStale(
  chart: StoredChart,
  opt: Pick<OptionForm, 'method' | 'images' | 'helmChartUri'>,
): boolean {
  const c = chart.checkedAgainst;
  if (!c) return false;
  return (
    c.method !== opt.method ||
    c.helmChartUri !== opt.helmChartUri ||
    JSON.stringify([...c.images].sort()) !== JSON.stringify([...opt.images].sort())
  );
}
