'use server';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { getDraft } from '@/lib/db/queries/drafts';
import { createDraftReview } from '@/lib/db/queries/reviews';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { reviewDraftSchema } from '@/lib/schemas/wizard-actions';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

/** Reviewers record "approved" or "changes requested" on the revision they read. */
export async function reviewDraftAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requirePermission('draft:review', 'review-draft');
    const parsed = reviewDraftSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const db = getDb();
    const draft = await getDraft(db, parsed.data.id);
    if (!draft) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
    if (draft.revision !== parsed.data.revision) {
      throw new AppError(
        'CONFLICT',
        'The draft changed while you were reading it. Read the latest revision, then review again.',
      );
    }
    await createDraftReview(db, {
      draftId: draft.id,
      draftRevision: draft.revision,
      verdict: parsed.data.verdict,
      comment: parsed.data.comment,
      reviewerId: user.id,
      reviewerName: user.name,
    });
    revalidatePath('/reviews');
    revalidatePath('/drafts');
    return { ok: true, data: undefined };
  } catch (err) {
    return failure(err, 'review-draft');
  }
}
