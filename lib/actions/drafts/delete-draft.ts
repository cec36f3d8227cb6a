'use server';
import { revalidatePath } from 'next/cache';
import { deleteDraft } from '@/lib/db/queries/drafts';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { draftIdSchema } from '@/lib/schemas/wizard-actions';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

export const deleteDraftAction = defineAction(
  { name: 'delete-draft', permission: 'draft:delete', schema: draftIdSchema },
  async ({ id }, { user }): Promise<ActionResult> => {
    const db = getDb();
    if (!(await deleteDraft(db, id))) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
    await createAuditEntry(db, {
      actorId: user.id,
      action: 'delete-draft',
      target: id,
      outcome: 'ok',
    });
    revalidatePath('/drafts');
    return { ok: true, data: undefined };
  },
);
