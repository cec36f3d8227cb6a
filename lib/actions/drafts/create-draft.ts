'use server';
import { revalidatePath } from 'next/cache';
import { describeProduct } from '@/lib/catalog/products';
import { createDraft } from '@/lib/db/queries/drafts';
import { getDb } from '@/lib/db/runtime';
import { recordAudit } from '@/lib/audit/record';
import { createDraftSchema } from '@/lib/schemas/wizard-actions';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';
import { changeToFix, draftTitleOf, initialChecklist, initialForm } from './initial-form';

/** Starts a draft for one wizard, prefilled from the product (or from a change set's change). */
export const createDraftAction = defineAction(
  { name: 'create-draft', permission: 'draft:edit', schema: createDraftSchema },
  async (input, { user }): Promise<ActionResult<{ id: string }>> => {
    const fix = input.fromChangeSet ? await changeToFix(input.fromChangeSet, input.change) : undefined;
    const product = await describeProduct(fix?.productId ?? input.productId ?? '');
    const form = await initialForm(product, {
      changeType: fix?.changeType ?? input.changeType ?? 'AddDeliveryOptions',
      versionId: input.versionId,
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
    await recordAudit({
      actorId: user.id,
      action: 'create-draft',
      target: row.id,
      outcome: 'ok',
      details: { changeType: form.changeType, productId: product.id },
    });
    revalidatePath('/drafts');
    return { ok: true, data: { id: row.id } };
  },
);
