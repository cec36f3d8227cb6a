import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getChangeSetRecord } from '@/lib/db/queries/change-sets';
import { enableHolds } from '@/lib/emulator/engine/holds';
import { catalogPort, type CatalogPort } from './catalog-port';
import { refreshIntervalFor, REFRESH_MS, Tracker } from './tracker';
import { setFaults, startCreateProduct, trackingWorld } from './testing/world';

/** The coalescer against the real local Catalog API service, counting the calls that reach it. */
let world: Awaited<ReturnType<typeof trackingWorld>>;
const wire: { op: string; at: number }[] = [];
const counting: CatalogPort = {
  describe: (id) => (wire.push({ op: 'DescribeChangeSet', at: Date.now() }), catalogPort.describe(id)),
  list: (input) => (wire.push({ op: 'ListChangeSets', at: Date.now() }), catalogPort.list(input)),
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The service's test control: hold every change set in its status, or release them. */
const hold = (on: boolean) => void (enableHolds(world.handle.db).all = on);

beforeAll(async () => {
  world = await trackingWorld(8_000);
});
afterAll(async () => world?.close());

describe('Tracker', () => {
  it(
    'serves 100 concurrent watchers of 5 running change sets with calls bounded by the refresh interval',
    { timeout: 120_000 },
    async () => {
      const ids = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => startCreateProduct(world.emulator.url, `Watched ${n}`)),
      );
      // The service holds the change sets where they are and the tracker's clock moves only when told,
      // so a slow machine sees the same number of intervals and statuses as a fast one.
      hold(true);
      let clock = 0;
      const tracker = new Tracker({ refreshMs: 1_000, catalog: counting, now: () => clock });
      wire.length = 0;
      const rounds = 3;
      try {
        for (let round = 0; round < rounds; round++) {
          await Promise.all(
            Array.from({ length: 100 }, (_, i) => tracker.refresh(world.handle.db, ids[i % ids.length]!)),
          );
          clock += 1_000;
        }
      } finally {
        hold(false);
      }
      const lists = wire.filter((w) => w.op === 'ListChangeSets').length;
      const describes = wire.filter((w) => w.op === 'DescribeChangeSet').length;
      // Per interval: one sync (new + open sweeps, one page each); one describe per change set per status seen.
      expect(lists).toBeLessThanOrEqual(rounds * 2);
      expect(describes).toBeLessThanOrEqual(ids.length * 2);
      expect(lists + describes).toBeLessThan(30);
      for (const id of ids)
        expect((await getChangeSetRecord(world.handle.db, id))?.record.status).toBeTruthy();
    },
  );

  it('never exceeds DescribeChangeSet 10/s, even when 30 describes are forced at once (the service enforces quotas)', async () => {
    await setFaults(world.emulator.url, { throttle: true });
    const ids = await Promise.all(
      Array.from({ length: 3 }, (_, n) => startCreateProduct(world.emulator.url, `Burst ${n}`)),
    );
    const tracker = new Tracker({ refreshMs: 1_000, catalog: counting });
    wire.length = 0;
    await Promise.all(Array.from({ length: 30 }, (_, i) => tracker.refreshNow(world.handle.db, ids[i % 3]!)));
    const times = wire.map((w) => w.at).sort((a, b) => a - b);
    for (let i = 0; i + 10 < times.length; i++)
      expect(times[i + 10]! - times[i]!).toBeGreaterThanOrEqual(1_000);
    expect(tracker.throttledAnswers).toBe(0);
    expect(tracker.calls.DescribeChangeSet).toBe(30);
    await setFaults(world.emulator.url, { throttle: false });
  });

  it('backs off after ThrottlingException, keeps the stored data and says it is retrying', async () => {
    const tracker = new Tracker({ refreshMs: 200, catalog: counting });
    await tracker.sync(world.handle.db);
    const before = await getChangeSetRecord(
      world.handle.db,
      (await startCreateProduct(world.emulator.url, 'Kept')).toString(),
    );
    expect(before).toBeUndefined();
    await setFaults(world.emulator.url, { throttle: { ListChangeSets: 0.01, DescribeChangeSet: 0.01 } });
    await sleep(250);
    wire.length = 0;
    await tracker.sync(world.handle.db);
    expect(wire).toHaveLength(1);
    expect(tracker.throttledAnswers).toBe(1);
    expect(tracker.health()).toMatchObject({ retrying: true });
    // Within the backoff window, further syncs do not call the service at all.
    await sleep(250);
    await tracker.sync(world.handle.db);
    expect(wire).toHaveLength(1);
    await setFaults(world.emulator.url, { throttle: false });
    await sleep(1_400);
    await tracker.sync(world.handle.db);
    expect(tracker.health()).toEqual({ retrying: false });
  });

  it('lets one of two trackers on the same database make the call (instances coordinate through leases)', async () => {
    const a = new Tracker({ refreshMs: 1_000, catalog: counting });
    const b = new Tracker({ refreshMs: 1_000, catalog: counting });
    await sleep(1_100);
    wire.length = 0;
    await Promise.all([a.sync(world.handle.db), b.sync(world.handle.db)]);
    expect(wire.filter((w) => w.op === 'ListChangeSets').length).toBeLessThanOrEqual(2);
    expect(a.calls.ListChangeSets === 0 || b.calls.ListChangeSets === 0).toBe(true);
  });

  it('refreshes every 3 s against AWS, and faster against the local service with short demo steps', () => {
    expect(refreshIntervalFor({ isLocalCatalog: false, EMULATOR_STEP_MS: 1_500 })).toBe(REFRESH_MS);
    expect(
      refreshIntervalFor({ isLocalCatalog: true, CATALOG_ENDPOINT: 'http://x', EMULATOR_STEP_MS: 1_500 }),
    ).toBe(REFRESH_MS);
    expect(refreshIntervalFor({ isLocalCatalog: true, EMULATOR_STEP_MS: 1_500 })).toBe(500);
    expect(refreshIntervalFor({ isLocalCatalog: true, EMULATOR_STEP_MS: 300 })).toBe(500);
    expect(refreshIntervalFor({ isLocalCatalog: true, EMULATOR_STEP_MS: 60_000 })).toBe(REFRESH_MS);
  });
});
