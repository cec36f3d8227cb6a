'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { draftIdSchema } from '@/lib/schemas/wizard-actions';
import { duplicateDraft } from '@/lib/server/drafts/fix-loop';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** A new open draft with the content of this one (a SUCCEEDED draft's starting point). */
export const duplicateDraftAction = defineAction(
  { name: 'duplicate-draft', permission: 'draft:edit', schema: draftIdSchema },
  async ({ id }, { user }): Promise<ActionResult<{ id: string }>> => {
    const out = await duplicateDraft(getDb(), { draftId: id, userId: user.id });
    revalidatePath('/drafts');
    return { ok: true, data: out };
  },
);
