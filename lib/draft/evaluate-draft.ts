/*
 * The draft's verdict, computed one way: the wizard panel, the autosave's stored counts, the server
 * gate, the review page and the drafts list all call `evaluateDraft`. Pure (no React, no I/O).
 */
import { buildDetailsDocument, buildStartChangeSetRequest } from './builders';
import {
  evaluate,
  parseProductSnapshot,
  type Attestation,
  type Evaluation,
  type ProductSnapshot,
} from '@/lib/policy';
import type { WizardForm } from './form';
import { chartsForRequest, type StoredCharts } from './charts';

/** One draft revision and what it is checked against. */
export interface DraftInput {
  form: WizardForm;
  product: { id: string; title: string };
  /** The live product; without it the product-state and pricing rules are not applicable. */
  snapshot: ProductSnapshot | undefined;
  charts: StoredCharts | undefined;
  /** Confirmed manual rules by id (who and when were recorded by the server). */
  attestations: Record<string, Attestation> | undefined;
}

/** The counts every list shows, with whether anything blocks submission. */
interface ChecklistCounts {
  passed: number;
  failed: number;
  warnings: number;
  manual: number;
  blocking: boolean;
}

export interface DraftVerdict {
  request: ReturnType<typeof buildStartChangeSetRequest>;
  /** `optionIndex[j]` is the form option behind DeliveryOptions[j] of the request. */
  optionIndex: number[];
  evaluation: Evaluation;
  counts: ChecklistCounts;
}

export function evaluateDraft(d: DraftInput): DraftVerdict {
  const { optionIndex } = buildDetailsDocument(d.form);
  const request = buildStartChangeSetRequest(d.form, d.product);
  const evaluation = evaluate({
    request,
    product: d.snapshot,
    charts: chartsForRequest(d.form, d.charts, optionIndex),
    attestations: d.attestations,
  });
  return {
    request,
    optionIndex,
    evaluation,
    counts: { ...evaluation.counts, blocking: evaluation.blocking },
  };
}

/** The snapshot the rules read, from a described product. */
export function snapshotOf(product: {
  id: string;
  revision: string | number;
  detailsDocument: unknown;
}): ProductSnapshot | undefined {
  const s = parseProductSnapshot({
    EntityIdentifier: `${product.id}@${product.revision}`,
    DetailsDocument: product.detailsDocument,
  });
  return s.ok ? s.snapshot : undefined;
}
