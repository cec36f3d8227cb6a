/**
 * A confirmation the draft's evidence contradicts is refused when it is made, naming the evidence,
 * while the rest of the save (the form, the other confirmations) is kept. Real signed-in product
 * manager, real database, the local Catalog service's registry for scan status.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '@/lib/emulator';
import { emptyOption, emptyWizardForm, type WizardForm } from '@/lib/draft/form';
import { helmForm, storedChart } from '@/lib/reviews/testing';
import type { SignedIn } from '../testing/signed-in';

const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

let s: SignedIn;
let emu: RunningEmulator;

/* The environment is read once per process (sign-in reads it), so the Catalog URL is fixed first. */
async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((done) => srv.listen(0, '127.0.0.1', done));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((done) => srv.close(done));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  process.env.CATALOG_ENDPOINT = `http://127.0.0.1:${port}`;
  process.env.CATALOG_TARGET = 'local';
  const { signInEveryRole } = await import('../testing/signed-in');
  s = await signInEveryRole();
  const { startEmulator } = await import('@/lib/emulator');
  emu = await startEmulator({ db: s.handle.db, port, stepMs: 60_000 });
}, 120_000);
afterAll(async () => {
  await emu?.close();
  await s?.close();
});

async function draftOf(form: WizardForm, chart?: ReturnType<typeof storedChart>) {
  const seed = await import('@/lib/emulator/seed-ids');
  const drafts = await import('@/lib/db/queries/drafts');
  const row = await drafts.createDraft(s.handle.db, {
    productId: seed.SEED_PRODUCT_ID,
    productTitle: seed.SEED_PRODUCT_TITLE,
    changeType: form.changeType,
    title: 't',
    data: form,
    authorId: s.userIdOf('product-manager'),
  });
  if (chart) {
    const { updateDraftChart } = await import('@/lib/db/queries/draft-charts');
    await updateDraftChart(s.handle.db, { draftId: row.id, optionKey: 'helm1', chart });
  }
  return row.id;
}

async function save(id: string, revision: number, form: WizardForm, attested: string[]) {
  const { saveDraftAction } = await import('./save-draft');
  state.cookie = s.cookieOf('product-manager');
  return saveDraftAction({ id, revision, form, attested });
}

async function stored(id: string) {
  const { getDraft } = await import('@/lib/db/queries/drafts');
  return (await getDraft(s.handle.db, id))!;
}

describe('saveDraftAction refuses contradicted confirmations', () => {
  it('“no hard-coded images” while the chart preflight lists one: refused, the rest saved', async () => {
    const id = await draftOf(helmForm(), storedChart('chart-image-not-hardcoded'));
    const typed = helmForm('2.1.0-typed');
    const res = await save(id, 1, typed, ['attest-helm-no-hardcoded-images', 'attest-non-root']);
    expect(res.ok).toBe(true);
    const refused = res.ok ? res.data.refused : [];
    expect(refused.map((r) => r.rule)).toEqual(['attest-helm-no-hardcoded-images']);
    expect(refused[0]?.message).toContain('templates/backend-deployment.yaml:16');
    const row = await stored(id);
    expect((row.data as WizardForm).versionTitle).toBe('2.1.0-typed');
    expect(Object.keys(row.attestations as object)).toEqual(['attest-non-root']);
    const { verdictOfStoredDraft, loadProductSnapshot } = await import('@/lib/server/drafts/stored-draft');
    expect(row.checklist).toEqual(verdictOfStoredDraft(row, await loadProductSnapshot(row.productId)).counts);
  });

  it('the same confirmation with a clean chart is recorded', async () => {
    const id = await draftOf(helmForm(), storedChart());
    const res = await save(id, 1, helmForm(), ['attest-helm-no-hardcoded-images']);
    expect(res.ok && res.data.refused).toEqual([]);
    expect(Object.keys((await stored(id)).attestations as object)).toEqual([
      'attest-helm-no-hardcoded-images',
    ]);
  });

  it('“images scanned” while an image shows scan findings: refused naming the image; a clean image passes', async () => {
    const seed = await import('@/lib/emulator/seed-ids');
    const bad = `${seed.SEED_IMAGE_REPOSITORY}:${seed.SEED_VULNERABLE_TAG}`;
    const withImage = (image: string): WizardForm => ({
      ...emptyWizardForm('AddDeliveryOptions'),
      versionTitle: '3.0.0',
      options: [{ ...emptyOption('ecr', 'k1'), title: 'Images', images: [image] }],
    });
    const id = await draftOf(withImage(bad));
    const res = await save(id, 1, withImage(bad), ['attest-images-scanned']);
    expect(res.ok && res.data.refused.map((r) => r.message)).toEqual([
      `“Images were scanned and known vulnerabilities remediated” was not confirmed. The registry's scan shows findings for ${bad}`,
    ]);
    expect((await stored(id)).attestations).toEqual({});
    const clean = withImage(`${seed.SEED_IMAGE_REPOSITORY}:internal-testing-v1.1.1-agent`);
    const ok = await save(id, 2, clean, ['attest-images-scanned']);
    expect(ok.ok && ok.data.refused).toEqual([]);
    expect(Object.keys((await stored(id)).attestations as object)).toEqual(['attest-images-scanned']);
  });

  it('a confirmation made before the evidence changed is kept on later saves (the summary flags it)', async () => {
    const id = await draftOf(helmForm(), storedChart());
    await save(id, 1, helmForm(), ['attest-helm-no-hardcoded-images']);
    const { updateDraftChart } = await import('@/lib/db/queries/draft-charts');
    await updateDraftChart(s.handle.db, {
      draftId: id,
      optionKey: 'helm1',
      chart: storedChart('chart-image-not-hardcoded'),
    });
    const res = await save(id, 2, helmForm('2.0.1'), ['attest-helm-no-hardcoded-images']);
    expect(res.ok && res.data.refused).toEqual([]);
    const row = await stored(id);
    expect(Object.keys(row.attestations as object)).toEqual(['attest-helm-no-hardcoded-images']);
    const { summaryOfStoredDraft } = await import('@/lib/server/drafts/summary-data');
    const summary = await summaryOfStoredDraft(row, { id: 'r', name: 'R' });
    expect(summary.attestations[0]?.contradiction?.message).toContain('templates/backend-deployment.yaml:16');
  });
});
