import { ListChangeSetsCommand, ThrottlingException } from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { openMemoryDb } from '@/lib/db/testing/template';
import { DEFAULT_FAULTS, QUOTAS, Throttle } from './faults';
import { startEmulator } from './index';
import { sdkClient } from './testing';

/* Throttling at AWS's published per-operation quotas (reference §10.1) is on by default. */

test.each(Object.entries(QUOTAS))('%s allows %i calls per second, then throttles', (op, tps) => {
  const throttle = new Throttle({ ...DEFAULT_FAULTS });
  const t0 = 1_000_000;
  for (let i = 0; i < tps; i++) expect(throttle.take(op, t0)).toBe(false);
  expect(throttle.take(op, t0)).toBe(true);
  expect(throttle.take(op, t0 + 1000 / tps)).toBe(false);
  expect(throttle.take(op, t0 + 1000 / tps)).toBe(true);
});

// Opened in a hook: the test's own time is the burst, not starting a database on a busy machine.
let handle: DbHandle;
beforeAll(async () => {
  handle = await openMemoryDb();
});
afterAll(() => handle?.close());

test('a service started with no options answers a burst with 429 ThrottlingException', async () => {
  const emulator = await startEmulator({ db: handle.db, port: 0 });
  const client = sdkClient(emulator.url, { maxAttempts: 1 });
  try {
    // ListChangeSets allows 5 per second; 15 at once are refused unless the burst took over 2 s.
    const results = await Promise.allSettled(
      Array.from({ length: 15 }, () => client.send(new ListChangeSetsCommand({ Catalog: 'AWSMarketplace' }))),
    );
    const refused = results.flatMap((r) =>
      r.status === 'rejected' ? [r.reason as ThrottlingException] : [],
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toBeInstanceOf(ThrottlingException);
    expect(refused[0]!.$metadata.httpStatusCode).toBe(429);
  } finally {
    client.destroy();
    await emulator.close();
  }
});
