import type { Finding } from './types';
import type { Evaluation } from './rule';
import { evaluate } from './evaluate';
import { parseProductSnapshot } from './snapshot';
import { isRecord } from './util';

/** Result of `checkRequest`: findings, or why the input could not be checked. */
export type CheckResult =
  { ok: true; findings: Finding[]; evaluation: Evaluation } | { ok: false; error: string };

/**
 * Checks a StartChangeSet request body offline (the `wharf check` command). `opts.entity` is a
 * DescribeEntity response or DetailsDocument of the product. Never throws.
 */
export function checkRequest(json: unknown, opts: { entity?: unknown } = {}): CheckResult {
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
    const evaluation = evaluate({ request: json, product });
    return { ok: true, findings: evaluation.findings, evaluation };
  } catch {
    return { ok: false, error: 'The change set could not be checked.' };
  }
}
