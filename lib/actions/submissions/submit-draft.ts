'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { AppError } from '@/lib/errors';
import { submitDraftSchema } from '@/lib/schemas/wizard-actions';
import { failure, type ActionResult } from '../result';
import { defineAction } from '../define-action';
import { submitDraftRevision } from './submission-flow';

export type SubmitDraftResult = ActionResult<{ changeSetId: string }> & {
  busyChangeSetId?: string;
  blocking?: string[];
};

/** Sellers only: re-checks the draft on the server, then starts its change set exactly once. */
export const submitDraftAction = defineAction(
  { name: 'submit-draft', permission: 'changeset:submit', schema: submitDraftSchema },
  async ({ id, revision }, { user }): Promise<SubmitDraftResult> => {
    const db = getDb();
    let out: { changeSetId: string };
    try {
      out = await submitDraftRevision(db, { draftId: id, revision, userId: user.id });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      await createAuditEntry(db, {
        actorId: user.id,
        action: 'submit-draft',
        target: id,
        outcome: 'failed',
        details: { revision, code: err.code },
      });
      // What blocked the submission, or which change set holds the product, goes back with the message.
      const res: SubmitDraftResult = failure(err, 'submit-draft');
      if (typeof err.details.changeSetId === 'string') res.busyChangeSetId = err.details.changeSetId;
      if (Array.isArray(err.details.blocking)) res.blocking = err.details.blocking as string[];
      return res;
    }
    await createAuditEntry(db, {
      actorId: user.id,
      action: 'submit-draft',
      target: id,
      outcome: 'ok',
      details: { revision, changeSetId: out.changeSetId },
    });
    revalidatePath('/drafts');
    revalidatePath('/change-sets');
    return { ok: true, data: out };
  },
);
