import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackingLease } from '@/lib/db/schema';
import { invalidateChangeSetReads, loadChangeSet } from '@/lib/tracking/load';
import { Tracker } from '@/lib/tracking/tracker';
import { setFaults, startCreateProduct, trackingWorld } from '@/lib/tracking/testing/world';
import { LastKnownCache } from './last-known';
import { listProducts } from './products';

/*
 * A slow Catalog API against the real local service and the real SDK: 10 s of injected latency
 * beyond a 2 s timeout. The latency dwarfs the timeout, so no assertion depends on machine speed.
 */
let world: Awaited<ReturnType<typeof trackingWorld>>;

beforeAll(async () => {
  process.env.WHARF_CATALOG_TIMEOUT_MS = '2000';
  world = await trackingWorld(60_000);
});
afterAll(async () => {
  await setFaults(world.emulator.url, { latencyMs: 0 });
  await world?.close();
});

describe('Catalog API timeouts', () => {
  it('fails a call that gets no answer with TIMEOUT, not "cannot be reached"', async () => {
    await setFaults(world.emulator.url, { latencyMs: 10_000 });
    try {
      await expect(listProducts({ pageSize: 5 })).rejects.toMatchObject({
        code: 'TIMEOUT',
        message: expect.stringContaining('did not answer in time'),
      });
    } finally {
      await setFaults(world.emulator.url, { latencyMs: 0 });
    }
  });

  it('serves the products pages the last known answer, flagged stale, when the API times out', async () => {
    const cache = new LastKnownCache();
    const read = () => cache.read('products', () => listProducts({ pageSize: 5 }));
    const fresh = await read();
    expect(fresh.stale).toBeUndefined();
    expect(fresh.data.items.length).toBeGreaterThan(0);
    await setFaults(world.emulator.url, { latencyMs: 10_000 });
    try {
      const late = await read();
      expect(late.data).toEqual(fresh.data);
      expect(late.stale).toMatchObject({ reason: 'timeout', seenAt: expect.any(String) });
    } finally {
      await setFaults(world.emulator.url, { latencyMs: 0 });
    }
  });

  it('serves a change-set page the stored record with a timeout notice', async () => {
    // The tracker's clock moves only when the test says, past its refresh interval before each read.
    let t = Date.now();
    const tracker = new Tracker({ refreshMs: 1_000, now: () => t });
    (globalThis as Record<symbol, unknown>)[Symbol.for('wharf.tracker')] = tracker;
    const id = await startCreateProduct(world.emulator.url, 'Slow answers');
    t += 10_000;
    const first = await loadChangeSet(world.handle.db, id);
    expect(first?.item.status).toBe('PREPARING');
    await setFaults(world.emulator.url, { latencyMs: 10_000 });
    try {
      invalidateChangeSetReads();
      // Past the refresh interval on the tracker's clock and on the database's (its call leases).
      t += 10_000;
      await world.handle.db.delete(trackingLease);
      const late = await loadChangeSet(world.handle.db, id);
      expect(late?.item.id).toBe(id);
      expect(late?.tracking).toMatchObject({ retrying: true, reason: 'timeout' });
      expect(late?.tracking.lastUpdated).toBe(first?.tracking.lastUpdated);
    } finally {
      await setFaults(world.emulator.url, { latencyMs: 0 });
    }
  });
});
