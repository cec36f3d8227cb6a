import 'server-only';
import type { Db } from '@/lib/db/client';
import { getDraft } from '@/lib/db/queries/drafts';
import { listReviewEvents } from '@/lib/db/queries/reviews';
import { contentHash } from '@/lib/reviews/content-hash';
import { reviewState } from '@/lib/reviews/state';
import { readAttestations } from '@/lib/draft/attestations';
import { loadProductSnapshot, verdictOfStoredDraft } from './stored-draft';

/** What the review page shows: the draft, its verdict against the live product, and its review requests and verdicts. */
export async function loadDraftReview(db: Db, id: string) {
  const draft = await getDraft(db, id);
  if (!draft) return undefined;
  const { evaluation, counts } = verdictOfStoredDraft(draft, await loadProductSnapshot(draft.productId));
  const events = (await listReviewEvents(db, [draft.id])).get(draft.id) ?? [];
  return {
    draft,
    evaluation,
    counts,
    attestations: readAttestations(draft.attestations),
    /** Requests and verdicts, newest first, and the state they add up to. */
    events: [...events].reverse(),
    state: reviewState(events, { revision: draft.revision, contentHash: contentHash(draft) }),
  };
}
