import { describe, expect, it } from 'vitest';
import { nextPollInterval, POLL_MAX_MS, trackUnchanged, type PollState } from './use-change-set-polling';

describe('polling rule', () => {
  it('stops once nothing shown can change', () => {
    expect(nextPollInterval({ hasOpen: false, unchangedPolls: 0 })).toBe(false);
  });

  it('backs off while nothing changes, up to the maximum', () => {
    const seq = [0, 1, 2, 3, 4, 5, 6, 7, 9].map((n) =>
      nextPollInterval({ hasOpen: true, unchangedPolls: n }),
    );
    // The base rate for the first few unchanged answers (a short APPLYING is not skipped), then doubling.
    expect(seq).toEqual([2_000, 2_000, 2_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(Math.max(...(seq as number[]))).toBe(POLL_MAX_MS);
  });

  it('polls slowly while the server is retrying or the route fails', () => {
    expect(nextPollInterval({ hasOpen: true, unchangedPolls: 0, retrying: true })).toBe(10_000);
    expect(nextPollInterval({ hasOpen: true, unchangedPolls: 0, failed: true })).toBe(10_000);
  });

  it('counts unchanged answers once each and resets on a change', () => {
    let s: PollState = { unchanged: 0 };
    s = trackUnchanged(s, 'a', 1);
    s = trackUnchanged(s, 'a', 2);
    s = trackUnchanged(s, 'a', 2);
    expect(s.unchanged).toBe(1);
    s = trackUnchanged(s, 'b', 3);
    expect(s.unchanged).toBe(0);
  });
});
