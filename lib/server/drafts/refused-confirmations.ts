import 'server-only';
import { listRepositoryImages } from '@/lib/catalog/registry';
import { RULES } from '@/lib/policy';
import type { DraftVerdict } from '@/lib/draft/evaluate-draft';
import {
  contradictionsOf,
  evidenceOfVerdict,
  isContradictable,
  needsImageScans,
} from '@/lib/reviews/contradictions';
import { imageScans, requestImages } from '@/lib/reviews/images';

/** A confirmation the save did not record, and why (naming the evidence), for the person who ticked it. */
export interface RefusedConfirmation {
  rule: string;
  message: string;
}

const TITLES = new Map(RULES.map((r) => [r.id, r.title]));

/**
 * The confirmations made in this save (`newly`) that the draft's own evidence contradicts: its chart
 * preflight (from `verdict`, the save's one evaluation) and, only when a scan rule is among them,
 * the registry's scan status of its images.
 */
export async function refusedConfirmations(
  productId: string,
  newly: readonly string[],
  verdict: DraftVerdict,
): Promise<RefusedConfirmation[]> {
  const checked = newly.filter(isContradictable);
  if (checked.length === 0) return [];
  const registry = needsImageScans(checked) ? await listRepositoryImages(productId) : undefined;
  const images = imageScans(requestImages(verdict.request), registry);
  return contradictionsOf(checked, evidenceOfVerdict(verdict.evaluation, images)).map((c) => ({
    rule: c.rule,
    message: `“${TITLES.get(c.rule) ?? c.rule}” was not confirmed. ${c.message}`,
  }));
}
