'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { reviseDraftSchema } from '@/lib/schemas/wizard-actions';
import { reviseSubmittedDraft } from '@/lib/server/drafts/fix-loop';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** After a FAILED or CANCELLED change set: opens the draft's next revision for editing. */
export const reviseDraftAction = defineAction(
  { name: 'revise-draft', permission: 'draft:edit', schema: reviseDraftSchema },
  async ({ id, revision }, { user }): Promise<ActionResult<{ revision: number }>> => {
    const out = await reviseSubmittedDraft(getDb(), { draftId: id, revision, userId: user.id });
    revalidatePath(`/drafts/${id}`);
    revalidatePath('/drafts');
    return { ok: true, data: out };
  },
);
