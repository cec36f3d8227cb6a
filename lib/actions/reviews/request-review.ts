'use server';
import { revalidatePath } from 'next/cache';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { getDraft } from '@/lib/db/queries/drafts';
import { createReviewRequest } from '@/lib/db/queries/reviews';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { contentHash } from '@/lib/reviews/content-hash';
import { requestReviewSchema } from '@/lib/schemas/wizard-actions';
import { loadReviewState } from '@/lib/server/drafts/review-states';
import { announceReviewRequest } from '@/lib/server/reviews/announce';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';
import { currentRevisionConflict } from './current-revision';

/** A product manager sends the revision they see to the reviewers (in-app and the webhook). */
export const requestReviewAction = defineAction(
  { name: 'request-review', permission: 'draft:edit', schema: requestReviewSchema },
  async (input, { user }): Promise<ActionResult> => {
    const db = getDb();
    const draft = await getDraft(db, input.id);
    if (!draft) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
    if (draft.status !== 'open')
      throw new AppError('CONFLICT', 'This draft was submitted, so there is nothing left to review.');
    if (draft.revision !== input.revision) throw currentRevisionConflict(draft.revision, 'request review');
    const state = await loadReviewState(db, draft);
    // A second click or tab asks for the same thing: one request per revision in review.
    if (state.kind === 'in-review' && state.revision === draft.revision) return { ok: true, data: undefined };
    await createReviewRequest(db, {
      draftId: draft.id,
      draftRevision: draft.revision,
      contentHash: contentHash(draft),
      note: input.note,
      requestedBy: user.id,
      requestedByName: user.name,
    });
    await createAuditEntry(db, {
      actorId: user.id,
      action: 'request-review',
      target: draft.id,
      outcome: 'ok',
      details: { revision: draft.revision },
    });
    await announceReviewRequest(db, draft, user);
    revalidatePath('/reviews');
    revalidatePath('/drafts');
    revalidatePath(`/drafts/${draft.id}`);
    return { ok: true, data: undefined };
  },
);
