import 'server-only';
import type { Db } from '@/lib/db/client';
import { getDraft } from '@/lib/db/queries/drafts';
import { listReviewEvents } from '@/lib/db/queries/reviews';
import { contentHash } from '@/lib/reviews/content-hash';
import { reviewState } from '@/lib/reviews/state';
import { summaryOfStoredDraft } from './summary-data';

/** What the review page shows: the draft, its compliance summary, and its review requests and verdicts. */
export async function loadDraftReview(db: Db, id: string, user: { id: string; name: string }) {
  const draft = await getDraft(db, id);
  if (!draft) return undefined;
  const [summary, byDraft] = await Promise.all([
    summaryOfStoredDraft(draft, user),
    listReviewEvents(db, [draft.id]),
  ]);
  const events = byDraft.get(draft.id) ?? [];
  return {
    draft,
    summary,
    /** Requests and verdicts, newest first, and the state they add up to. */
    events: [...events].reverse(),
    state: reviewState(events, { revision: draft.revision, contentHash: contentHash(draft) }),
  };
}
