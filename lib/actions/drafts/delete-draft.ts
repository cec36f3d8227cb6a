'use server';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { deleteDraft } from '@/lib/db/queries/drafts';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { draftIdSchema } from '@/lib/schemas/wizard-actions';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

export async function deleteDraftAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requirePermission('draft:delete', 'delete-draft');
    const parsed = draftIdSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const db = getDb();
    if (!(await deleteDraft(db, parsed.data.id)))
      throw new AppError('NOT_FOUND', 'That draft no longer exists.');
    await createAuditEntry(db, {
      actorId: user.id,
      action: 'delete-draft',
      target: parsed.data.id,
      outcome: 'ok',
    });
    revalidatePath('/drafts');
    return { ok: true, data: undefined };
  } catch (err) {
    return failure(err, 'delete-draft');
  }
}
