import type { ChartAnalysis, Finding } from './types';
import type { Attestation, Evaluation } from './rule';
import { evaluate } from './evaluate';
import { parseProductSnapshot, type ProductSnapshot } from './snapshot';
import { isRecord } from './util';

/** What a change set is checked against: the live product, stored chart analyses, attestations. */
export interface RequestInput {
  request: unknown;
  product?: ProductSnapshot;
  /** Chart analyses keyed by delivery-option path, e.g. "ChangeSet[0].DetailsDocument.DeliveryOptions[1]". */
  charts?: Record<string, ChartAnalysis>;
  attestations?: Record<string, Attestation>;
}

/** Result of `checkRequest`: findings, or why the input could not be checked. */
export type CheckResult =
  { ok: true; findings: Finding[]; evaluation: Evaluation } | { ok: false; error: string };

/**
 * Checks a StartChangeSet request body offline (the `wharf check` command). `opts.entity` is a
 * DescribeEntity response or DetailsDocument of the product; `opts.charts` chart analyses keyed by
 * delivery-option path. Never throws.
 */
export function checkRequest(json: unknown, opts: { entity?: unknown; charts?: unknown } = {}): CheckResult {
  try {
    if (!isRecord(json) || !Array.isArray(json.ChangeSet)) {
      return {
        ok: false,
        error: 'Not a change set: expected a StartChangeSet request body with a "ChangeSet" array.',
      };
    }
    let product;
    if (isRecord(opts) && opts.entity !== undefined) {
      const parsed = parseProductSnapshot(opts.entity);
      if (!parsed.ok) return { ok: false, error: `Entity: ${parsed.error}` };
      product = parsed.snapshot;
    }
    if (isRecord(opts) && opts.charts !== undefined && !isRecord(opts.charts))
      return {
        ok: false,
        error: 'Charts: expected an object of chart analyses keyed by delivery-option path.',
      };
    const charts =
      isRecord(opts) && isRecord(opts.charts) ? (opts.charts as RequestInput['charts']) : undefined;
    const evaluation = evaluate({ request: json, product, charts });
    return { ok: true, findings: evaluation.findings, evaluation };
  } catch {
    return { ok: false, error: 'The change set could not be checked.' };
  }
}
