/**
 * The polling rule for change-set data: quick while things move, backing off while nothing
 * changes, slow while the server says it is retrying, and off once nothing shown can change.
 * (react-query already pauses interval refetches while the tab is hidden.)
 */
const POLL_BASE_MS = 2_000;
export const POLL_MAX_MS = 30_000;
const POLL_RETRYING_MS = 10_000;
/** Unchanged answers tolerated at the base rate before backing off: a short APPLYING is not skipped. */
const POLL_GRACE = 3;

export function nextPollInterval(p: {
  hasOpen: boolean;
  unchangedPolls: number;
  retrying?: boolean;
  failed?: boolean;
}): number | false {
  if (!p.hasOpen) return false;
  if (p.retrying || p.failed) return POLL_RETRYING_MS;
  const steps = Math.max(0, p.unchangedPolls - POLL_GRACE);
  return Math.min(POLL_BASE_MS * 2 ** Math.min(steps, 5), POLL_MAX_MS);
}

export interface PollState {
  fingerprint?: string;
  unchanged: number;
  /** dataUpdatedAt of the answer last counted (react-query may ask for the interval more than once per answer). */
  at?: number;
}

/** Counts consecutive answers whose fingerprint did not change (0 right after a change). */
export function trackUnchanged(state: PollState, fingerprint: string, at: number): PollState {
  if (state.at === at) return state;
  return state.fingerprint === fingerprint
    ? { fingerprint, at, unchanged: state.unchanged + 1 }
    : { fingerprint, at, unchanged: 0 };
}
