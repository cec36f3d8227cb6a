'use server';
import { revalidatePath } from 'next/cache';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { getDraft } from '@/lib/db/queries/drafts';
import { createDraftReview } from '@/lib/db/queries/reviews';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { plural } from '@/lib/plural';
import { contentHash } from '@/lib/reviews/content-hash';
import { reviewDraftSchema } from '@/lib/schemas/wizard-actions';
import { loadProductSnapshot, verdictOfStoredDraft } from '@/lib/server/drafts/stored-draft';
import { announceVerdict } from '@/lib/server/reviews/announce';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';
import { gateFindings } from '../submissions/submission-flow';
import { currentRevisionConflict } from './current-revision';

/**
 * Reviewers record "approved" or "changes requested" on the revision they read. The verdict is
 * bound to that revision and its content hash; who and when come from the session and the server.
 */
export const reviewDraftAction = defineAction(
  { name: 'review-draft', permission: 'draft:review', schema: reviewDraftSchema },
  async (input, { user }): Promise<ActionResult> => {
    const db = getDb();
    const draft = await getDraft(db, input.id);
    if (!draft) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
    if (draft.status !== 'open')
      throw new AppError('CONFLICT', 'This draft was submitted, so there is nothing left to review.');
    if (draft.revision !== input.revision) throw currentRevisionConflict(draft.revision, 'review');
    if (draft.authorId === user.id || draft.updatedBy === user.id)
      throw new AppError('FORBIDDEN', 'You wrote or edited this draft, so another reviewer reviews it.');
    if (input.verdict === 'approved') {
      const { evaluation } = verdictOfStoredDraft(draft, await loadProductSnapshot(draft.productId));
      const blocking = gateFindings(evaluation);
      if (blocking.length)
        throw new AppError(
          'INVALID_INPUT',
          `This revision cannot be approved while the checklist has ${plural(blocking.length, 'blocking item')}. Request changes instead, saying what to fix.`,
          { blocking },
        );
    }
    await createDraftReview(db, {
      draftId: draft.id,
      draftRevision: draft.revision,
      contentHash: contentHash(draft),
      verdict: input.verdict,
      comment: input.comment,
      reviewerId: user.id,
      reviewerName: user.name,
    });
    await createAuditEntry(db, {
      actorId: user.id,
      action: `review-draft.${input.verdict}`,
      target: draft.id,
      outcome: 'ok',
      details: { revision: draft.revision },
    });
    await announceVerdict(db, draft, { verdict: input.verdict, by: user });
    revalidatePath('/reviews');
    revalidatePath('/drafts');
    revalidatePath(`/drafts/${draft.id}`);
    return { ok: true, data: undefined };
  },
);
