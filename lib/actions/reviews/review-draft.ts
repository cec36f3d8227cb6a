'use server';
import { revalidatePath } from 'next/cache';
import { getDraft } from '@/lib/db/queries/drafts';
import { createDraftReview } from '@/lib/db/queries/reviews';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { reviewDraftSchema } from '@/lib/schemas/wizard-actions';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** Reviewers record "approved" or "changes requested" on the revision they read. */
export const reviewDraftAction = defineAction(
  { name: 'review-draft', permission: 'draft:review', schema: reviewDraftSchema },
  async (input, { user }): Promise<ActionResult> => {
    const db = getDb();
    const draft = await getDraft(db, input.id);
    if (!draft) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
    if (draft.revision !== input.revision) {
      throw new AppError(
        'CONFLICT',
        'The draft changed while you were reading it. Read the latest revision, then review again.',
      );
    }
    await createDraftReview(db, {
      draftId: draft.id,
      draftRevision: draft.revision,
      verdict: input.verdict,
      comment: input.comment,
      reviewerId: user.id,
      reviewerName: user.name,
    });
    revalidatePath('/reviews');
    revalidatePath('/drafts');
    return { ok: true, data: undefined };
  },
);
