import 'server-only';
import { describeProduct } from '@/lib/catalog/products';
import type { ProductDetail } from '@/lib/catalog/types';
import type { Db } from '@/lib/db/client';
import { createDraft, listOpenDraftsLike, type DraftRow } from '@/lib/db/queries/drafts';
import type { WizardForm } from '@/lib/draft/form';
import type { CreateDraftInput } from '@/lib/schemas/wizard-actions';
import { changeToFix, draftTitleOf, initialChecklist, initialForm } from '@/lib/actions/drafts/initial-form';

/** What "Start" would create: the product, the wizard's first state and the draft's title. */
export interface DraftPlan {
  product: ProductDetail;
  form: WizardForm;
  title: string;
}

/** Reads only: the product (and the change a "Fix in draft" link names), nothing is written. */
export async function planDraft(input: CreateDraftInput): Promise<DraftPlan> {
  const fix = input.fromChangeSet ? await changeToFix(input.fromChangeSet, input.change) : undefined;
  const product = await describeProduct(fix?.productId ?? input.productId ?? '');
  const form = await initialForm(product, {
    changeType: fix?.changeType ?? input.changeType ?? 'AddDeliveryOptions',
    versionId: input.versionId,
    change: fix,
  });
  return { product, form, title: draftTitleOf(form) };
}

/** Open drafts for the plan's target (same product, change type and version title). */
export function openDraftsFor(db: Db, plan: DraftPlan): Promise<DraftRow[]> {
  return listOpenDraftsLike(db, {
    productId: plan.product.id,
    changeType: plan.form.changeType,
    title: plan.title,
  });
}

/**
 * Starts the draft, unless an open one for the same target exists and the caller did not ask for
 * another deliberately: then that one's id comes back instead (`existing`).
 */
export async function startDraft(
  db: Db,
  plan: DraftPlan,
  p: { authorId: string; startAnother?: boolean },
): Promise<{ id: string; existing: boolean }> {
  if (!p.startAnother) {
    const [open] = await openDraftsFor(db, plan);
    if (open) return { id: open.id, existing: true };
  }
  const row = await createDraft(db, {
    checklist: initialChecklist(plan.form, plan.product),
    productId: plan.product.id,
    productTitle: plan.product.title,
    changeType: plan.form.changeType,
    title: plan.title,
    data: plan.form,
    authorId: p.authorId,
  });
  return { id: row.id, existing: false };
}
