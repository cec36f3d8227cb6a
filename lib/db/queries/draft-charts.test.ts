import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends, type TestDb } from '../testing/backends';
import { deleteDraftChart, getDraftCharts, updateDraftChart } from './draft-charts';
import { createDraft, getDraft, updateDraft, updateDraftStatus } from './drafts';

const backends = await testBackends();
const counts = { passed: 0, failed: 0, warnings: 0, manual: 0 };
const chart = (name: string) => ({
  filename: `${name}.tgz`,
  size: 10,
  analysis: { chart: { name }, images: [], findings: [], rulesRun: [] },
});

describe.each(backends)('draft charts on $name', ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const newDraft = () =>
    createDraft(t.handle.db, {
      productId: 'prod-1',
      productTitle: 'P',
      changeType: 'AddDeliveryOptions',
      title: 'T',
      data: {},
      authorId: 'u1',
    });

  it('stores one chart per option key without bumping the revision, so the autosave still saves', async () => {
    const db = t.handle.db;
    const d = await newDraft();
    expect(await updateDraftChart(db, { draftId: d.id, optionKey: 'a', chart: chart('one') })).toBe(true);
    expect(await updateDraftChart(db, { draftId: d.id, optionKey: 'b', chart: chart('two') })).toBe(true);
    expect(await updateDraftChart(db, { draftId: d.id, optionKey: 'a', chart: chart('three') })).toBe(true);
    expect(await getDraftCharts(db, { draftId: d.id })).toEqual({ a: chart('three'), b: chart('two') });
    expect((await getDraft(db, d.id))?.revision).toBe(1);
    const saved = await updateDraft(db, {
      id: d.id,
      revision: 1,
      title: 'T',
      data: { x: 1 },
      checklist: counts,
      updatedBy: 'u1',
    });
    expect(saved.ok).toBe(true);
    expect((await getDraftCharts(db, { draftId: d.id }))?.a).toEqual(chart('three'));
  });

  it('keeps both of two concurrent uploads to different options', async () => {
    const db = t.handle.db;
    const d = await newDraft();
    await Promise.all(
      ['p', 'q', 'r'].map((k) => updateDraftChart(db, { draftId: d.id, optionKey: k, chart: chart(k) })),
    );
    expect(Object.keys((await getDraftCharts(db, { draftId: d.id })) ?? {}).sort()).toEqual(['p', 'q', 'r']);
  });

  it('removes one chart and leaves the others', async () => {
    const db = t.handle.db;
    const d = await newDraft();
    await updateDraftChart(db, { draftId: d.id, optionKey: 'a', chart: chart('one') });
    await updateDraftChart(db, { draftId: d.id, optionKey: "b'; --", chart: chart('two') });
    expect(await deleteDraftChart(db, { draftId: d.id, optionKey: "b'; --" })).toBe(true);
    expect(await getDraftCharts(db, { draftId: d.id })).toEqual({ a: chart('one') });
  });

  it('refuses changes to a submitted or missing draft', async () => {
    const db = t.handle.db;
    const d = await newDraft();
    await updateDraftStatus(db, { id: d.id, status: 'submitted' });
    expect(await updateDraftChart(db, { draftId: d.id, optionKey: 'a', chart: chart('one') })).toBe(false);
    expect(await deleteDraftChart(db, { draftId: d.id, optionKey: 'a' })).toBe(false);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await getDraftCharts(db, { draftId: missing })).toBeUndefined();
    expect(await updateDraftChart(db, { draftId: missing, optionKey: 'a', chart: chart('one') })).toBe(false);
  });
});
