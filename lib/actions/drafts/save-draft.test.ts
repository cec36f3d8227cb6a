/**
 * Autosave as a real signed-in product manager: who attested and when come from the session and the
 * server's clock, whatever the body says, and the stored counts are the server's own verdict.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '@/lib/emulator';
import { emptyOption, emptyWizardForm, type WizardForm } from '@/lib/draft/form';
import type { SignedIn } from '../testing/signed-in';

const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

let s: SignedIn;
let emu: RunningEmulator;

beforeAll(async () => {
  const { signInEveryRole } = await import('../testing/signed-in');
  s = await signInEveryRole();
  const { startEmulator } = await import('@/lib/emulator');
  emu = await startEmulator({ db: s.handle.db, port: 0, stepMs: 60_000 });
  process.env.CATALOG_ENDPOINT = emu.url;
  process.env.CATALOG_TARGET = 'local';
}, 120_000);
afterAll(async () => {
  await emu?.close();
  await s?.close();
});

const form: WizardForm = {
  ...emptyWizardForm('AddDeliveryOptions'),
  versionTitle: '3.0.0',
  releaseNotes: 'Notes.',
  options: [{ ...emptyOption('ecr', 'k1'), title: 'Images', description: 'd', usage: 'u' }],
};

describe('saveDraftAction', () => {
  it('stores attestations under the signed-in user at server time, never the posted `by`', async () => {
    const seed = await import('@/lib/emulator/seed-ids');
    const drafts = await import('@/lib/db/queries/drafts');
    const { saveDraftAction } = await import('./save-draft');
    const { verdictOfStoredDraft, loadProductSnapshot } = await import('@/lib/server/drafts/stored-draft');
    const pm = s.userIdOf('product-manager');
    const row = await drafts.createDraft(s.handle.db, {
      productId: seed.SEED_PRODUCT_ID,
      productTitle: seed.SEED_PRODUCT_TITLE,
      changeType: form.changeType,
      title: 't',
      data: form,
      authorId: pm,
    });
    state.cookie = s.cookieOf('product-manager');
    const before = Date.now();
    const forged = {
      id: row.id,
      revision: 1,
      form,
      attested: ['attest-images-scanned'],
      attestations: {
        'attest-images-scanned': { by: 'mallory', byName: 'Mallory', at: '1999-01-01T00:00:00Z' },
      },
      checklist: { passed: 999, failed: 0, warnings: 0, manual: 0, blocking: false },
    };
    expect(await saveDraftAction(forged as never)).toMatchObject({ ok: true, data: { revision: 2 } });
    const saved = (await drafts.getDraft(s.handle.db, row.id))!;
    const a = (
      saved.attestations as Record<string, { by: string; byName: string; at: string; revision: number }>
    )['attest-images-scanned']!;
    expect(a).toMatchObject({ by: pm, byName: 'The product-manager', revision: 2 });
    expect(Date.parse(a.at)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(a.at)).toBeLessThanOrEqual(Date.now());
    const server = verdictOfStoredDraft(saved, await loadProductSnapshot(saved.productId)).counts;
    expect(saved.checklist).toEqual(server);
    expect(server.passed).not.toBe(999);

    // A later save keeps the first confirmation as it was; leaving the id out un-confirms it.
    expect(
      await saveDraftAction({ id: row.id, revision: 2, form, attested: ['attest-images-scanned'] }),
    ).toMatchObject({
      ok: true,
    });
    const kept = (await drafts.getDraft(s.handle.db, row.id))!.attestations as Record<string, unknown>;
    expect(kept['attest-images-scanned']).toEqual(a);
    expect(await saveDraftAction({ id: row.id, revision: 3, form, attested: [] })).toMatchObject({
      ok: true,
    });
    expect((await drafts.getDraft(s.handle.db, row.id))!.attestations).toEqual({});
  });
});
