/** The audit page's reads: each filter narrows, dates are inclusive UTC days, actors get names, pages end. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../schema';
import { testBackends, type TestDb } from '../testing/backends';
import { createLocalUser } from './users';
import { listAuditExport, listAuditFacets, listAuditPage } from './audit-list';

const backends = await testBackends();

describe.each(backends)('audit list on $name', ({ open }) => {
  let t: TestDb;
  let ana: string;
  beforeAll(async () => {
    t = await open();
    ana = await createLocalUser(t.handle.db, {
      name: 'Ana',
      email: 'ana@example.com',
      passwordHash: 'h',
      roles: ['admin'],
      createdBy: null,
    });
    const at = (day: string, time = '12:00:00') => new Date(`${day}T${time}Z`);
    // Written directly: the list reads what is stored, chained or not.
    await t.handle.db.insert(auditLog).values([
      { at: at('2026-11-20', '23:59:59'), actorId: ana, action: 'save-draft', target: 'd1', outcome: 'ok' },
      { at: at('2026-11-21', '00:00:00'), actorId: ana, action: 'delete-draft', target: 'd1', outcome: 'ok' },
      {
        at: at('2026-11-21'),
        actorId: null,
        action: 'sign-in',
        target: 'Bob@example.com',
        outcome: 'failed',
      },
      { at: at('2026-11-22'), actorId: 'gone', action: 'save-draft', target: 'd2', outcome: 'denied' },
    ]);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const targets = async (q: Parameters<typeof listAuditExport>[1]) =>
    (await listAuditExport(t.handle.db, q)).map((r) => r.target);

  it('filters by actor, action, target (whole, any case), outcome and inclusive dates', async () => {
    expect(await targets({})).toEqual(['d1', 'd1', 'Bob@example.com', 'd2']);
    expect(await targets({ actorId: ana })).toEqual(['d1', 'd1']);
    expect(await targets({ action: 'save-draft' })).toEqual(['d1', 'd2']);
    expect(await targets({ target: 'bob@EXAMPLE.com' })).toEqual(['Bob@example.com']);
    expect(await targets({ target: 'bob' })).toEqual([]);
    expect(await targets({ outcome: 'denied' })).toEqual(['d2']);
    expect(await targets({ from: '2026-11-21', to: '2026-11-21' })).toEqual(['d1', 'Bob@example.com']);
    expect(await targets({ to: '2026-11-20' })).toEqual(['d1']);
  });

  it('pages newest first with the actor names joined', async () => {
    const first = await listAuditPage(t.handle.db, { offset: 0, limit: 3 });
    expect(first.hasMore).toBe(true);
    expect(first.rows.map((r) => [r.action, r.actorName])).toEqual([
      ['save-draft', null],
      ['sign-in', null],
      ['delete-draft', 'Ana'],
    ]);
    const second = await listAuditPage(t.handle.db, { offset: 3, limit: 3 });
    expect(second).toMatchObject({ hasMore: false, rows: [{ action: 'save-draft', actorName: 'Ana' }] });
  });

  it('offers the actors and actions that occur, for the filter menus', async () => {
    expect(await listAuditFacets(t.handle.db)).toEqual({
      actors: [
        { id: ana, name: 'Ana' },
        { id: 'gone', name: 'gone' },
      ],
      actions: ['delete-draft', 'save-draft', 'sign-in'],
    });
  });
});
