import 'server-only';
import type { Db } from '@/lib/db/client';
import { getDraft } from '@/lib/db/queries/drafts';
import { listDraftReviews } from '@/lib/db/queries/reviews';
import { readAttestations } from '@/lib/draft/attestations';
import { loadProductSnapshot, verdictOfStoredDraft } from './stored-draft';

/** What the review page shows: the draft, its verdict against the live product, and its reviews. */
export async function loadDraftReview(db: Db, id: string) {
  const draft = await getDraft(db, id);
  if (!draft) return undefined;
  const { evaluation, counts } = verdictOfStoredDraft(draft, await loadProductSnapshot(draft.productId));
  return {
    draft,
    evaluation,
    counts,
    attestations: readAttestations(draft.attestations),
    reviews: await listDraftReviews(db, [draft.id]),
  };
}
