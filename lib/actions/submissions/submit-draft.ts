'use server';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/runtime';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { AppError } from '@/lib/errors';
import { submitDraftSchema } from '@/lib/schemas/wizard-actions';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';
import { submitDraftRevision } from './submission-flow';

export type SubmitDraftResult = ActionResult<{ changeSetId: string }> & {
  busyChangeSetId?: string;
  blocking?: string[];
};

/** Sellers only: re-checks the draft on the server, then starts its change set exactly once. */
export async function submitDraftAction(input: unknown): Promise<SubmitDraftResult> {
  try {
    const user = await requirePermission('changeset:submit', 'submit-draft');
    const parsed = submitDraftSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const db = getDb();
    const out = await submitDraftRevision(db, {
      draftId: parsed.data.id,
      revision: parsed.data.revision,
      userId: user.id,
    });
    await createAuditEntry(db, {
      actorId: user.id,
      action: 'submit-draft',
      target: parsed.data.id,
      outcome: 'ok',
      details: { changeSetId: out.changeSetId },
    });
    revalidatePath('/drafts');
    revalidatePath('/change-sets');
    return { ok: true, data: out };
  } catch (err) {
    const res: SubmitDraftResult = failure(err, 'submit-draft');
    if (err instanceof AppError && typeof err.details.changeSetId === 'string')
      res.busyChangeSetId = err.details.changeSetId;
    if (err instanceof AppError && Array.isArray(err.details.blocking))
      res.blocking = err.details.blocking as string[];
    return res;
  }
}
