/*
 * A draft's review state, from its review requests and verdicts. Pure: pages, lists, the submit gate
 * and the verdict action all read it from here, so every role sees the same state.
 */

export type ReviewStateKind =
  'not-requested' | 'in-review' | 'changes-requested' | 'approved' | 'out-of-date';

export interface ReviewEvent {
  kind: 'request' | 'verdict';
  /** For verdicts. */
  verdict?: 'approved' | 'changes-requested';
  draftRevision: number;
  contentHash: string;
  /** Requester or reviewer. */
  userId: string;
  userName: string;
  comment?: string;
  at: Date;
}

export interface ReviewState {
  kind: ReviewStateKind;
  /** The revision the state is about (the approved, reviewed or requested one). */
  revision?: number;
  /** Distinct reviewers whose latest verdict approves the current revision and content. */
  approvals: number;
  approvers: string[];
  /** The verdict or request the state comes from. */
  by?: string;
  comment?: string;
  at?: Date;
}

export const REVIEW_STATE_LABELS: Record<ReviewStateKind, string> = {
  'not-requested': 'Review not requested',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  'out-of-date': 'Approval out of date',
};

/** The label with its revision, as lists and badges show it. */
export function reviewStateLabel(s: ReviewState): string {
  if (s.kind === 'approved')
    return `Approved (revision ${s.revision}${s.approvals > 1 ? `, ${s.approvals} approvals` : ''})`;
  if (s.kind === 'out-of-date') return `Approval out of date (approved revision ${s.revision})`;
  if (s.kind === 'changes-requested') return `Changes requested (revision ${s.revision})`;
  if (s.kind === 'in-review') return `In review (revision ${s.revision})`;
  return REVIEW_STATE_LABELS[s.kind];
}

/**
 * `current` is the draft's revision and content hash now. A verdict counts for the current revision
 * only when its hash matches too; each reviewer's latest verdict on that revision is theirs.
 */
export function reviewState(
  events: readonly ReviewEvent[],
  current: { revision: number; contentHash: string },
): ReviewState {
  const ordered = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const isCurrent = (e: ReviewEvent) =>
    e.draftRevision === current.revision && e.contentHash === current.contentHash;
  const latestByReviewer = new Map<string, ReviewEvent>();
  for (const e of ordered) if (e.kind === 'verdict' && isCurrent(e)) latestByReviewer.set(e.userId, e);
  const onCurrent = [...latestByReviewer.values()];
  const approving = onCurrent.filter((e) => e.verdict === 'approved');
  const base = { approvals: approving.length, approvers: approving.map((e) => e.userName) };
  const from = (kind: ReviewStateKind, e: ReviewEvent): ReviewState => ({
    ...base,
    kind,
    revision: e.draftRevision,
    by: e.userName,
    comment: e.comment,
    at: e.at,
  });
  const newest = (list: ReviewEvent[]) => list[list.length - 1];
  const changes = onCurrent.filter((e) => e.verdict === 'changes-requested');
  if (changes.length) return from('changes-requested', newest(changes)!);
  if (approving.length) return from('approved', newest(approving)!);
  const last = newest(ordered);
  if (!last) return { ...base, kind: 'not-requested' };
  if (last.kind === 'request') return from('in-review', last);
  return from(last.verdict === 'approved' ? 'out-of-date' : 'changes-requested', last);
}

/**
 * The state as the wizard sees it after its own autosaves moved the draft past the revision the
 * server described: an approval of an earlier revision is out of date at once.
 */
export function atRevision(s: ReviewState, revision: number): ReviewState {
  if (s.kind === 'approved' && s.revision !== revision)
    return { ...s, kind: 'out-of-date', approvals: 0, approvers: [] };
  return s;
}
