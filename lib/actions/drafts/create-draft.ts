'use server';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { describeProduct } from '@/lib/catalog/products';
import { createDraft } from '@/lib/db/queries/drafts';
import { getDb } from '@/lib/db/runtime';
import { createDraftSchema } from '@/lib/schemas/wizard-actions';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';
import { changeToFix, draftTitleOf, initialChecklist, initialForm } from './initial-form';

/** Starts a draft for one wizard, prefilled from the product (or from a change set's change). */
export async function createDraftAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requirePermission('draft:edit', 'create-draft');
    const parsed = createDraftSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const fix = parsed.data.fromChangeSet
      ? await changeToFix(parsed.data.fromChangeSet, parsed.data.change)
      : undefined;
    const product = await describeProduct(fix?.productId ?? parsed.data.productId ?? '');
    const form = await initialForm(product, {
      changeType: fix?.changeType ?? parsed.data.changeType ?? 'AddDeliveryOptions',
      versionId: parsed.data.versionId,
      change: fix,
    });
    const row = await createDraft(getDb(), {
      checklist: initialChecklist(form, product),
      productId: product.id,
      productTitle: product.title,
      changeType: form.changeType,
      title: draftTitleOf(form),
      data: form,
      authorId: user.id,
    });
    revalidatePath('/drafts');
    return { ok: true, data: { id: row.id } };
  } catch (err) {
    return failure(err, 'create-draft');
  }
}
