import 'server-only';
import type { Db } from '@/lib/db/client';
import { listReviewEvents } from '@/lib/db/queries/reviews';
import { getSetting } from '@/lib/db/queries/settings';
import {
  APPROVAL_POLICY_SETTING_KEY,
  approvalBlock,
  readApprovalPolicy,
  type ApprovalBlock,
  type ApprovalPolicy,
} from '@/lib/reviews/approval-policy';
import { contentHash, type HashedDraft } from '@/lib/reviews/content-hash';
import { reviewState, type ReviewState } from '@/lib/reviews/state';

/** The review state of each draft (by id), against its current revision and content. */
export async function loadReviewStates(
  db: Db,
  drafts: readonly (HashedDraft & { id: string; revision: number })[],
): Promise<Map<string, ReviewState>> {
  const events = await listReviewEvents(
    db,
    drafts.map((d) => d.id),
  );
  return new Map(
    drafts.map((d) => [
      d.id,
      reviewState(events.get(d.id) ?? [], { revision: d.revision, contentHash: contentHash(d) }),
    ]),
  );
}

export async function loadReviewState(
  db: Db,
  draft: HashedDraft & { id: string; revision: number },
): Promise<ReviewState> {
  return (await loadReviewStates(db, [draft])).get(draft.id)!;
}

export async function loadApprovalPolicy(db: Db): Promise<ApprovalPolicy> {
  return readApprovalPolicy(await getSetting(db, APPROVAL_POLICY_SETTING_KEY));
}

/** Why the draft's current revision may not be submitted yet under the approval policy, if it may not. */
export async function approvalBlockOf(
  db: Db,
  draft: HashedDraft & { id: string; revision: number },
): Promise<ApprovalBlock | undefined> {
  const [policy, state] = await Promise.all([loadApprovalPolicy(db), loadReviewState(db, draft)]);
  return approvalBlock(policy, draft.changeType, state);
}
