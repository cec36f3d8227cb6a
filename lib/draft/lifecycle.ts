/*
 * What a draft allows after it was submitted, read from its status and the status of the latest
 * change set of its latest submission. One function, used by the draft page and the actions.
 */

/** The draft's place in the fix loop. */
export type DraftStage =
  /** Open for editing. */
  | { kind: 'open' }
  /** Submitted; its change set has not reached an end state (or the console has not seen it yet). */
  | { kind: 'in-progress'; changeSetId?: string; status?: string }
  /** The change set FAILED or was CANCELLED: the draft can be revised. */
  | { kind: 'revisable'; changeSetId: string; status: 'FAILED' | 'CANCELLED'; failureCode?: string | null }
  /** The change set SUCCEEDED: never edited again, but it can be duplicated as a new draft. */
  | { kind: 'succeeded'; changeSetId: string };

/** The latest change set of a submitted draft, as the console last saw it. */
export interface LatestChangeSet {
  changeSetId: string;
  status: string;
  failureCode?: string | null;
}

export function draftStage(status: string, latest: LatestChangeSet | undefined): DraftStage {
  if (status === 'open') return { kind: 'open' };
  if (!latest) return { kind: 'in-progress' };
  if (latest.status === 'FAILED' || latest.status === 'CANCELLED')
    return {
      kind: 'revisable',
      changeSetId: latest.changeSetId,
      status: latest.status,
      failureCode: latest.failureCode ?? null,
    };
  if (latest.status === 'SUCCEEDED') return { kind: 'succeeded', changeSetId: latest.changeSetId };
  return { kind: 'in-progress', changeSetId: latest.changeSetId, status: latest.status };
}

/** Why the draft cannot be edited right now, in the seller's words (undefined: it can be, or revised). */
export function readOnlyReason(stage: DraftStage): string | undefined {
  switch (stage.kind) {
    case 'in-progress':
      return stage.status === 'APPLYING'
        ? 'AWS Marketplace is applying this revision. The draft stays read-only until the change set ends.'
        : 'AWS Marketplace is preparing this revision. The draft stays read-only until the change set ends; cancel the change set to edit sooner.';
    case 'succeeded':
      return 'AWS Marketplace applied this draft. It cannot change any more; duplicate it to start a new draft from it.';
    default:
      return undefined;
  }
}

/**
 * Attestations carried into a revision: after a FAILED change set AWS judged the content, so what
 * people confirmed about it is confirmed again for the fixed revision; a CANCELLED one was never
 * judged, so its confirmations still hold.
 */
export function attestationsAfterRevise(status: 'FAILED' | 'CANCELLED', stored: unknown): unknown {
  return status === 'CANCELLED' ? stored : {};
}
