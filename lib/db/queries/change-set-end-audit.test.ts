/** A change set's end state enters the audit log exactly once, however many instances observe it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends, type TestDb } from '../testing/backends';
import { listAuditEntries, verifyAuditChain } from './audit';
import { createObservations } from './change-sets';

const backends = await testBackends();

describe.each(backends)('change-set end states in the audit log on $name', ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('records each end state once when several observers store it at the same moment', async () => {
    const db = t.handle.db;
    await createObservations(db, [
      { id: 'cs-a', status: 'APPLYING' },
      { id: 'cs-b', status: 'APPLYING' },
    ]);
    const ended = [
      { id: 'cs-a', status: 'SUCCEEDED' },
      { id: 'cs-b', status: 'FAILED', failureCode: 'CLIENT_ERROR' },
    ];
    await Promise.all(Array.from({ length: 6 }, () => createObservations(db, ended)));
    const ends = (await listAuditEntries(db, 100)).filter((e) => e.action === 'change-set-end');
    expect(ends.map((e) => [e.target, e.outcome, e.details]).sort()).toEqual([
      ['cs-a', 'ok', { status: 'SUCCEEDED' }],
      ['cs-b', 'failed', { status: 'FAILED' }],
    ]);
    expect((await verifyAuditChain(db)).break).toBeNull();
  });
});
