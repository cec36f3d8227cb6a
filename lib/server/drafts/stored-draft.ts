import 'server-only';
import { describeProduct } from '@/lib/catalog/products';
import type { ProductSnapshot } from '@/lib/policy';
import { readWizardForm, type WizardChangeType } from '@/lib/draft/form';
import { readAttestations } from '@/lib/draft/attestations';
import { readStoredCharts } from '@/lib/draft/charts';
import { evaluateDraft, snapshotOf, type DraftVerdict } from '@/lib/draft/evaluate-draft';

/** The columns of a stored draft the verdict depends on. */
export interface StoredDraft {
  productId: string;
  productTitle: string;
  changeType: string;
  data: unknown;
  charts: unknown;
  attestations: unknown;
}

/** The verdict on a stored draft revision, against the given live product. */
export function verdictOfStoredDraft(
  draft: StoredDraft,
  snapshot: ProductSnapshot | undefined,
): DraftVerdict {
  return evaluateDraft({
    form: readWizardForm(draft.data, draft.changeType as WizardChangeType),
    product: { id: draft.productId, title: draft.productTitle },
    snapshot,
    charts: readStoredCharts(draft.charts),
    attestations: readAttestations(draft.attestations),
  });
}

/**
 * The live product as the rules see it, or undefined when the Catalog API cannot say: pages then
 * report the product-state rules as not applicable instead of failing.
 */
export async function loadProductSnapshot(productId: string): Promise<ProductSnapshot | undefined> {
  try {
    return snapshotOf(await describeProduct(productId));
  } catch {
    return undefined;
  }
}
