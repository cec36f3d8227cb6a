import 'server-only';
import type { Db } from '@/lib/db/client';
import { createDraft, getDraft, reviseDraft, type DraftRow } from '@/lib/db/queries/drafts';
import { latestChangeSetOf, listSubmittedRevisions } from '@/lib/db/queries/draft-history';
import { attestationsAfterRevise, draftStage, readOnlyReason, type DraftStage } from '@/lib/draft/lifecycle';
import { AppError } from '@/lib/errors';
import { loadChangeSet } from '@/lib/tracking/load';

/**
 * The draft's stage and the history it was read from. A change set still open in the console's
 * records is read again first (at most once a second), so an end state AWS reached is not missed.
 */
export async function loadDraftStage(db: Db, draft: DraftRow) {
  let history = await listSubmittedRevisions(db, draft.id);
  const stage = draftStage(draft.status, latestChangeSetOf(history));
  if (stage.kind !== 'in-progress' || !stage.changeSetId) return { history, stage };
  await loadChangeSet(db, stage.changeSetId).catch(() => undefined);
  history = await listSubmittedRevisions(db, draft.id);
  return { history, stage: draftStage(draft.status, latestChangeSetOf(history)) };
}

/**
 * Opens revision + 1 of a draft whose change set FAILED or was CANCELLED. `revision` is the one the
 * caller saw: a second tab revising the same revision finds the draft already open and joins it.
 */
export async function reviseSubmittedDraft(
  db: Db,
  p: { draftId: string; revision: number; userId: string },
): Promise<{ revision: number }> {
  const draft = await getDraft(db, p.draftId);
  if (!draft) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
  const { stage } = await loadDraftStage(db, draft);
  if (stage.kind === 'open') {
    if (draft.revision > p.revision) return { revision: draft.revision };
    throw new AppError('CONFLICT', 'This draft is already open for editing.');
  }
  if (stage.kind !== 'revisable') throw new AppError('CONFLICT', refusal(stage));
  const row = await reviseDraft(db, {
    id: draft.id,
    revision: p.revision,
    attestations: attestationsAfterRevise(stage.status, draft.attestations),
    updatedBy: p.userId,
  });
  if (row) return { revision: row.revision };
  const now = await getDraft(db, draft.id);
  if (now?.status === 'open' && now.revision > p.revision) return { revision: now.revision };
  throw new AppError('CONFLICT', 'The draft changed after you opened it. Reload the page and try again.');
}

function refusal(stage: DraftStage): string {
  return readOnlyReason(stage) ?? 'This draft cannot be revised.';
}

/** A new open draft with the same content (no attestations: whoever confirms them does so again). */
export async function duplicateDraft(
  db: Db,
  p: { draftId: string; userId: string },
): Promise<{ id: string }> {
  const draft = await getDraft(db, p.draftId);
  if (!draft) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
  const row = await createDraft(db, {
    productId: draft.productId,
    productTitle: draft.productTitle,
    changeType: draft.changeType,
    title: draft.title,
    data: draft.data,
    checklist: draft.checklist as Parameters<typeof createDraft>[1]['checklist'],
    authorId: p.userId,
  });
  return { id: row.id };
}
