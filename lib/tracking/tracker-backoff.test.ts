import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { openMemoryDb } from '@/lib/db/testing/template';
import type { ChangeSetDetail } from '@/lib/catalog/types';
import { AppError } from '@/lib/errors';
import type { CatalogPort } from './catalog-port';
import { RateLimiter } from './limiter';
import { Tracker } from './tracker';

/* The tracker's pace after timeouts, on a clock the test moves: no real waiting. */
let handle: DbHandle;
beforeAll(async () => {
  handle = await openMemoryDb();
});
afterAll(async () => handle?.close());

const detail: ChangeSetDetail = {
  id: 'cs-backoff',
  arn: 'arn:aws:aws-marketplace:us-east-1:123456789012:AWSMarketplace/ChangeSet/cs-backoff',
  name: 'Backoff',
  status: 'PREPARING',
  entityIds: [],
  changes: [],
};

function world() {
  let now = 1_000_000;
  let answer: 'timeout' | 'ok' = 'timeout';
  let calls = 0;
  const catalog: CatalogPort = {
    describe: async () => {
      calls += 1;
      if (answer === 'timeout') throw new AppError('TIMEOUT', 'The Catalog API did not answer in time.');
      return detail;
    },
    list: async () => ({ items: [] }),
  };
  const tracker = new Tracker({
    refreshMs: 1_000,
    catalog,
    now: () => now,
    limiters: { DescribeChangeSet: new RateLimiter(1_000), ListChangeSets: new RateLimiter(1_000) },
  });
  return {
    tracker,
    answer: (a: typeof answer) => (answer = a),
    /** Moves the clock by `ms`, then reports whether a describe reached the Catalog API. */
    async callsAfter(ms: number) {
      now += ms;
      const before = calls;
      await tracker.refreshNow(handle.db, detail.id).catch(() => undefined);
      return calls > before;
    },
  };
}

describe('Tracker backoff', () => {
  it('waits longer after each timed-out call (jittered ±25 %) and starts over after a success', async () => {
    const w = world();
    expect(await w.callsAfter(0)).toBe(true); // times out: next call no sooner than 750 ms
    expect(await w.callsAfter(700)).toBe(false);
    expect(await w.callsAfter(600)).toBe(true); // 1.3 s later; times out again: wait 1.5–2.5 s
    expect(await w.callsAfter(1_400)).toBe(false);
    expect(await w.callsAfter(1_200)).toBe(true); // times out a third time: wait 3–5 s
    expect(await w.callsAfter(2_900)).toBe(false);
    expect(await w.callsAfter(2_200)).toBe(true); // a fourth time: wait 6–10 s
    expect(await w.callsAfter(5_900)).toBe(false);
    w.answer('ok');
    expect(await w.callsAfter(4_200)).toBe(true); // succeeds: the wait is reset
    w.answer('timeout');
    expect(await w.callsAfter(0)).toBe(true);
    expect(await w.callsAfter(1_300)).toBe(true); // the first wait again, not the fourth
  });
});
