import 'server-only';
import { describeProduct } from '@/lib/catalog/products';
import type { ProductSnapshot } from '@/lib/policy';
import { readWizardForm, type WizardChangeType } from '@/lib/draft/form';
import { readAttestations } from '@/lib/draft/attestations';
import { readStoredCharts } from '@/lib/draft/charts';
import { evaluateDraft, snapshotOf, type DraftVerdict } from '@/lib/draft/evaluate-draft';
import { ReadCache } from '@/lib/tracking/read-cache';

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

/* Autosaves (one per pause in typing) and list pages read the same product again and again: one
   DescribeEntity per product every few seconds keeps them well inside the account's quota. The
   submit gate does not use this; it reads the product live. */
const snapshots = new ReadCache<ProductSnapshot | undefined>(5_000);

/**
 * The live product as the rules see it (at most a few seconds old), or undefined when the Catalog API
 * cannot say: pages then report the product-state rules as not applicable instead of failing.
 */
export async function loadProductSnapshot(productId: string): Promise<ProductSnapshot | undefined> {
  try {
    return await snapshots.get(productId, async () => snapshotOf(await describeProduct(productId)));
  } catch {
    return undefined;
  }
}
