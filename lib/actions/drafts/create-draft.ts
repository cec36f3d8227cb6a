'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { recordAudit } from '@/lib/audit/record';
import { createDraftSchema } from '@/lib/schemas/wizard-actions';
import { planDraft, startDraft } from '@/lib/server/drafts/start-draft';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/**
 * Starts a draft for one wizard, prefilled from the product (or from a change set's change). When an
 * open draft for the same product, change type and version title exists, its id comes back with
 * `existing: true` instead, unless the seller asked to start another (`startAnother`).
 */
export const createDraftAction = defineAction(
  { name: 'create-draft', permission: 'draft:edit', schema: createDraftSchema },
  async (input, { user }): Promise<ActionResult<{ id: string; existing: boolean }>> => {
    const db = getDb();
    const out = await startDraft(db, await planDraft(input), {
      authorId: user.id,
      startAnother: input.startAnother,
    });
    if (!out.existing) {
      await recordAudit({
        actorId: user.id,
        action: 'create-draft',
        target: out.id,
        outcome: 'ok',
        details: { changeType: input.changeType ?? null, productId: input.productId ?? null },
      });
      revalidatePath('/drafts');
    }
    return { ok: true, data: out };
  },
);
