import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends, type TestDb } from '../testing/backends';
import { submission, user } from '../schema';
import {
  createObservations,
  getChangeSetRecord,
  getLeaseValue,
  hasUnsettledChangeSets,
  listChangeSetRecords,
  listSubmitters,
  tryTakeLease,
  updateLeaseValue,
} from './change-sets';
import { createNotification, listNotifications, updateNotificationsRead } from './notifications';
import { getSetting, updateSetting } from './settings';

const backends = await testBackends();

describe.each(backends)('change-set queries on $name', ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
    const db = t.handle.db;
    await db.insert(user).values([
      { id: 'u1', name: 'Sam Seller', email: 'sam@x.test' },
      { id: 'u2', name: 'Ada Admin', email: 'ada@x.test' },
    ]);
    await db.insert(submission).values({
      draftId: '00000000-0000-4000-8000-000000000001',
      draftRevision: 1,
      productId: 'prod-a',
      clientRequestToken: 't1',
      state: 'submitted',
      changeSetId: 'cs-new',
      request: { Catalog: 'AWSMarketplace', ChangeSet: [] },
      submittedBy: 'u1',
    });
  });
  afterAll(async () => t?.dispose());

  it('stores observations and reports each status the first time only', async () => {
    const db = t.handle.db;
    const first = await createObservations(db, [
      {
        id: 'cs-new',
        name: 'New',
        status: 'PREPARING',
        startTime: '2026-11-20T10:00:00Z',
        entityIds: ['prod-a'],
      },
    ]);
    expect(first).toEqual([
      { changeSetId: 'cs-new', status: 'PREPARING', previous: undefined, endTime: undefined },
    ]);
    expect(
      await createObservations(db, [
        { id: 'cs-new', status: 'PREPARING', startTime: '2026-11-20T10:00:00Z' },
      ]),
    ).toEqual([]);
    const done = await createObservations(db, [
      {
        id: 'cs-new',
        status: 'SUCCEEDED',
        startTime: '2026-11-20T10:00:00Z',
        endTime: '2026-11-20T10:05:00Z',
      },
    ]);
    expect(done).toMatchObject([{ status: 'SUCCEEDED', previous: 'PREPARING' }]);
    // A late, older answer never moves it backwards.
    await createObservations(db, [{ id: 'cs-new', status: 'APPLYING', startTime: '2026-11-20T10:00:00Z' }]);
    const rec = await getChangeSetRecord(db, 'cs-new');
    expect(rec?.record.status).toBe('SUCCEEDED');
    expect(rec?.submission?.submittedBy).toBe('u1');
    expect(rec?.submitterName).toBe('Sam Seller');
    expect(rec?.events.map((e) => e.status)).toEqual(['PREPARING', 'SUCCEEDED', 'APPLYING']);
  });

  it('records PREPARING at StartTime when first seen later', async () => {
    const db = t.handle.db;
    await createObservations(db, [
      {
        id: 'cs-old',
        name: 'Old',
        status: 'FAILED',
        failureCode: 'CLIENT_ERROR',
        startTime: '2024-01-01T00:00:00Z',
        endTime: '2024-01-01T00:03:00Z',
        entityIds: ['prod-b'],
      },
    ]);
    const rec = await getChangeSetRecord(db, 'cs-old');
    expect(rec?.events.map((e) => [e.status, e.observedAt.toISOString()])[0]).toEqual([
      'PREPARING',
      '2024-01-01T00:00:00.000Z',
    ]);
  });

  it('filters, sorts and pages stored records, older history included', async () => {
    const db = t.handle.db;
    expect((await listChangeSetRecords(db, {})).rows.map((r) => r.record.changeSetId)).toEqual([
      'cs-new',
      'cs-old',
    ]);
    expect(
      (await listChangeSetRecords(db, { descending: false })).rows.map((r) => r.record.changeSetId),
    ).toEqual(['cs-old', 'cs-new']);
    expect(
      (await listChangeSetRecords(db, { statuses: ['FAILED'] })).rows.map((r) => r.record.changeSetId),
    ).toEqual(['cs-old']);
    expect(
      (await listChangeSetRecords(db, { productId: 'prod-a' })).rows.map((r) => r.record.changeSetId),
    ).toEqual(['cs-new']);
    expect(
      (await listChangeSetRecords(db, { from: '2026-11-20', to: '2026-11-20' })).rows.map(
        (r) => r.record.changeSetId,
      ),
    ).toEqual(['cs-new']);
    expect(
      (await listChangeSetRecords(db, { to: '2025-01-01' })).rows.map((r) => r.record.changeSetId),
    ).toEqual(['cs-old']);
    expect((await listChangeSetRecords(db, { submittedBy: 'u1' })).rows.map((r) => r.submitterName)).toEqual([
      'Sam Seller',
    ]);
    const page = await listChangeSetRecords(db, { limit: 1 });
    expect(page.hasMore).toBe(true);
    expect((await listChangeSetRecords(db, { limit: 1, offset: 1 })).hasMore).toBe(false);
    expect(await listSubmitters(db)).toEqual([{ id: 'u1', name: 'Sam Seller' }]);
  });

  it('knows whether anything may still move', async () => {
    const db = t.handle.db;
    expect(await hasUnsettledChangeSets(db)).toBe(false);
    await createObservations(db, [{ id: 'cs-open', status: 'APPLYING', startTime: '2026-11-21T00:00:00Z' }]);
    expect(await hasUnsettledChangeSets(db)).toBe(true);
  });

  it('gives a lease to one taker until it expires', async () => {
    const db = t.handle.db;
    const now = new Date('2030-01-01T00:00:00Z');
    const takes = await Promise.all([1, 2, 3].map(() => tryTakeLease(db, 'sync', 1_000, now)));
    expect(takes.filter(Boolean)).toHaveLength(1);
    expect(await tryTakeLease(db, 'sync', 1_000, new Date(now.getTime() + 500))).toBe(false);
    expect(await tryTakeLease(db, 'sync', 1_000, new Date(now.getTime() + 1_500))).toBe(true);
    await updateLeaseValue(db, 'sync:watermark', { after: 42 });
    expect(await getLeaseValue(db, 'sync:watermark')).toEqual({ after: 42 });
  });

  it('keeps notifications per user and marks only their own read', async () => {
    const db = t.handle.db;
    const a = await createNotification(db, {
      userId: 'u1',
      kind: 'change-set.succeeded',
      title: 'A',
      link: '/change-sets/x',
    });
    await createNotification(db, { userId: 'u1', kind: 'change-set.failed', title: 'B' });
    await createNotification(db, { userId: 'u2', kind: 'change-set.failed', title: 'C' });
    expect((await listNotifications(db, 'u1')).unread).toBe(2);
    expect(await updateNotificationsRead(db, 'u2', [a])).toBe(0);
    expect(await updateNotificationsRead(db, 'u1', [a])).toBe(1);
    expect((await listNotifications(db, 'u1')).unread).toBe(1);
    expect(await updateNotificationsRead(db, 'u1', 'all')).toBe(1);
    expect((await listNotifications(db, 'u2')).unread).toBe(1);
  });

  it('stores settings', async () => {
    const db = t.handle.db;
    await updateSetting(db, 'notifications.webhook', { enabled: true, url: 'https://x.test/h' }, 'u2');
    await updateSetting(db, 'notifications.webhook', { enabled: false, url: '' }, 'u2');
    expect(await getSetting(db, 'notifications.webhook')).toEqual({ enabled: false, url: '' });
  });

  it('two instances storing the same change sets in opposite order never deadlock', async () => {
    const db = t.handle.db;
    const ids = Array.from({ length: 12 }, (_, i) => `cs-order-${String(i).padStart(2, '0')}`);
    const list = ids.map((id) => ({ id, status: 'APPLYING' as const }));
    for (let round = 0; round < 5; round++)
      await Promise.all([createObservations(db, list), createObservations(db, [...list].reverse())]);
    const rec = await getChangeSetRecord(db, ids[11]!);
    expect(rec?.record.status).toBe('APPLYING');
  });
});
