/**
 * The fix loop against the real local Catalog service over the SDK: revising a draft after its change
 * set ended, duplicating an applied one, resubmitting after SERVER_FAULT exactly once however many
 * callers race, and starting a draft only once per target unless another is asked for.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import type { RunningEmulator } from '@/lib/emulator';
import { emptyWizardForm, type WizardForm } from '@/lib/draft/form';
import type * as FixLoop from './fix-loop';
import type * as Start from './start-draft';
import type * as Resubmit from '@/lib/server/change-sets/resubmit';
import type * as Flow from '@/lib/actions/submissions/submission-flow';
import type * as Drafts from '@/lib/db/queries/drafts';
import type * as Subs from '@/lib/db/queries/submissions';
import type * as ChangeSets from '@/lib/db/queries/change-sets';

vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const PRODUCT = 'prod-clairaiobsv01';
let handle: DbHandle;
let emu: RunningEmulator;
let fix: typeof FixLoop;
let start: typeof Start;
let resubmit: typeof Resubmit;
let flow: typeof Flow;
let drafts: typeof Drafts;
let subs: typeof Subs;
let changeSets: typeof ChangeSets;

beforeAll(async () => {
  const { openDatabase } = await import('@/lib/db/client');
  const { setDbHandle } = await import('@/lib/db/runtime');
  const { startEmulator } = await import('@/lib/emulator');
  const { enableHolds } = await import('@/lib/emulator/engine/holds');
  handle = await openDatabase({ memory: true });
  setDbHandle(handle);
  enableHolds(handle.db);
  emu = await startEmulator({ db: handle.db, port: 0, stepMs: 60_000 });
  process.env.CATALOG_ENDPOINT = emu.url;
  process.env.CATALOG_TARGET = 'local';
  fix = await import('./fix-loop');
  start = await import('./start-draft');
  resubmit = await import('@/lib/server/change-sets/resubmit');
  flow = await import('@/lib/actions/submissions/submission-flow');
  drafts = await import('@/lib/db/queries/drafts');
  subs = await import('@/lib/db/queries/submissions');
  changeSets = await import('@/lib/db/queries/change-sets');
}, 180_000);

afterAll(async () => {
  await emu?.close();
  await handle?.close();
});

const admin = async (path: string, body: unknown) => {
  const res = await fetch(`${emu.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
  return res.json() as Promise<{ status?: string }>;
};

const repos = (name: string): WizardForm => ({
  ...emptyWizardForm('AddRepositories'),
  repositories: [{ name }],
});

let seq = 0;
/** A draft submitted as revision 1, whose change set the console last saw in `status`. */
async function submittedDraft(status: string, failureCode?: string) {
  const row = await drafts.createDraft(handle.db, {
    productId: PRODUCT,
    productTitle: 'ClairAI',
    changeType: 'AddRepositories',
    title: 'Add repositories',
    data: repos(`loop-${++seq}`),
    authorId: 'pm',
  });
  await handle.db.execute(
    sql`update draft set attestations = '{"rule":{"by":"pm","at":"x"}}'::jsonb where id = ${row.id}`,
  );
  const changeSetId = `fakecs${String(seq).padStart(19, '0')}`;
  const { row: s } = await subs.createSubmission(handle.db, {
    draftId: row.id,
    draftRevision: 1,
    productId: PRODUCT,
    clientRequestToken: `token-${row.id}`,
    request: {},
    submittedBy: 'seller',
  });
  await subs.updateSubmissionResult(handle.db, { id: s.id, state: 'submitted', changeSetId });
  await drafts.updateDraftStatus(handle.db, { id: row.id, status: 'submitted' });
  await changeSets.createObservations(handle.db, [
    { id: changeSetId, status, failureCode, startTime: new Date().toISOString() },
  ]);
  return { id: row.id, changeSetId };
}

const revise = (draftId: string, revision = 1) =>
  fix.reviseSubmittedDraft(handle.db, { draftId, revision, userId: 'pm' });

describe('revise after an end state', () => {
  it('FAILED: opens revision 2 for editing and drops the attestations AWS’s verdict made stale', async () => {
    const d = await submittedDraft('FAILED', 'CLIENT_ERROR');
    await expect(revise(d.id)).resolves.toEqual({ revision: 2 });
    const row = await drafts.getDraft(handle.db, d.id);
    expect(row).toMatchObject({ status: 'open', revision: 2, attestations: {} });
    const { stage, history } = await fix.loadDraftStage(handle.db, row!);
    expect(stage.kind).toBe('open');
    expect(history.map((h) => [h.revision, h.changeSets.map((c) => c.changeSetId)])).toEqual([
      [1, [d.changeSetId]],
    ]);
  });

  it('CANCELLED: opens revision 2 and keeps the attestations (AWS never judged the content)', async () => {
    const d = await submittedDraft('CANCELLED');
    await revise(d.id);
    const row = await drafts.getDraft(handle.db, d.id);
    expect(row).toMatchObject({ status: 'open', revision: 2 });
    expect(Object.keys(row!.attestations as object)).toEqual(['rule']);
  });

  it('refuses while the change set is PREPARING, and after it SUCCEEDED', async () => {
    const preparing = await submittedDraft('PREPARING');
    await expect(revise(preparing.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    const succeeded = await submittedDraft('SUCCEEDED');
    await expect(revise(succeeded.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    for (const id of [preparing.id, succeeded.id])
      expect(await drafts.getDraft(handle.db, id)).toMatchObject({ status: 'submitted', revision: 1 });
  });

  it('compare-and-set: two tabs revising revision 1 open one revision; a stale revision is refused', async () => {
    const d = await submittedDraft('FAILED', 'CLIENT_ERROR');
    await expect(revise(d.id, 7)).rejects.toMatchObject({ code: 'CONFLICT' });
    const both = await Promise.all([revise(d.id), revise(d.id)]);
    expect(both).toEqual([{ revision: 2 }, { revision: 2 }]);
    expect(await drafts.getDraft(handle.db, d.id)).toMatchObject({ revision: 2, status: 'open' });
  });

  it('duplicates a SUCCEEDED draft as a new open draft with the same content', async () => {
    const d = await submittedDraft('SUCCEEDED');
    const { id } = await fix.duplicateDraft(handle.db, { draftId: d.id, userId: 'pm2' });
    const [copy, original] = await Promise.all([
      drafts.getDraft(handle.db, id),
      drafts.getDraft(handle.db, d.id),
    ]);
    expect(id).not.toBe(d.id);
    expect(copy).toMatchObject({ status: 'open', revision: 1, authorId: 'pm2', attestations: {} });
    expect(copy!.data).toEqual(original!.data);
    expect(original).toMatchObject({ status: 'submitted' });
  });
});

describe('resubmit after SERVER_FAULT', () => {
  it('eight concurrent resubmissions start one change set, and later calls return it', async () => {
    const row = await drafts.createDraft(handle.db, {
      productId: PRODUCT,
      productTitle: 'ClairAI',
      changeType: 'AddRepositories',
      title: 'Add repositories',
      data: repos('fault-repo'),
      authorId: 'pm',
    });
    await admin('/_emulator/holds', { all: true });
    const { changeSetId: failed } = await flow.submitDraftRevision(handle.db, {
      draftId: row.id,
      revision: 1,
      userId: 'seller',
    });
    await admin('/_emulator/faults', { changeSetFaultRate: 1 });
    expect((await admin('/_emulator/advance', { changeSetId: failed })).status).toBe('FAILED');
    await admin('/_emulator/faults', { changeSetFaultRate: 0 });
    const { getTracker } = await import('@/lib/tracking/tracker');
    await getTracker().refreshNow(handle.db, failed);
    expect((await changeSets.getChangeSetRecord(handle.db, failed))?.record).toMatchObject({
      status: 'FAILED',
      failureCode: 'SERVER_FAULT',
    });
    const count = async () =>
      (
        (await handle.db.execute(sql`select count(*)::int as n from emu_change_set`)) as {
          rows: { n: number }[];
        }
      ).rows[0]!.n;
    const before = await count();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => resubmit.resubmitFailedChangeSet(handle.db, failed)),
    );
    const ids = new Set(results.map((r) => r.changeSetId));
    expect(ids.size).toBe(1);
    const [again] = [...ids];
    expect(again).not.toBe(failed);
    expect(await count()).toBe(before + 1);
    // Once linked, a later click answers from the console's records without a new change set.
    await expect(resubmit.resubmitFailedChangeSet(handle.db, failed)).resolves.toEqual({
      changeSetId: again,
      isNew: false,
    });
    const { getResubmissionOf } = await import('@/lib/db/queries/draft-history');
    const sub = await subs.getSubmissionFor(handle.db, { draftId: row.id, draftRevision: 1 });
    await expect(getResubmissionOf(handle.db, { changeSetId: failed, submissionId: sub!.id })).resolves.toBe(
      again,
    );
    const { history } = await fix.loadDraftStage(handle.db, (await drafts.getDraft(handle.db, row.id))!);
    expect(history[0]!.changeSets.map((c) => c.changeSetId)).toEqual([failed, again]);
    await expect(resubmit.resubmitFailedChangeSet(handle.db, again!)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('start a draft', () => {
  it('starts one per target; a second start opens it; startAnother starts another deliberately', async () => {
    const plan = await start.planDraft({ productId: PRODUCT, changeType: 'AddDeliveryOptions' });
    const first = await start.startDraft(handle.db, plan, { authorId: 'pm' });
    expect(first.existing).toBe(false);
    await expect(start.startDraft(handle.db, plan, { authorId: 'pm' })).resolves.toEqual({
      id: first.id,
      existing: true,
    });
    const other = await start.startDraft(handle.db, plan, { authorId: 'pm', startAnother: true });
    expect(other.existing).toBe(false);
    expect(other.id).not.toBe(first.id);
    // A different version title is a different target.
    const titled = { ...plan, title: `${plan.title} 9.9.9` };
    expect((await start.startDraft(handle.db, titled, { authorId: 'pm' })).existing).toBe(false);
    // Planning writes nothing.
    const n = async () =>
      ((await handle.db.execute(sql`select count(*)::int as n from draft`)) as { rows: { n: number }[] })
        .rows[0]!.n;
    const before = await n();
    await start.planDraft({ productId: PRODUCT, changeType: 'AddDeliveryOptions' });
    expect(await n()).toBe(before);
  });
});
