/**
 * Reviews as real signed-in users against the local Catalog service: a request notifies reviewers,
 * verdicts are bound to the current revision, a blocked checklist cannot be approved, nobody reviews
 * their own draft, and the approval policy holds the seller's submission until the exact revision
 * submitted is approved.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createServer } from 'node:net';
import type { RunningEmulator } from '@/lib/emulator';
import { emptyWizardForm, type WizardForm } from '@/lib/draft/form';
import type { Role } from '@/lib/roles';
import type { SignedIn } from '../testing/signed-in';

const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let s: SignedIn;
let emu: RunningEmulator;
const as = (role: Role) => (state.cookie = s.cookieOf(role));

beforeAll(async () => {
  // The environment is read once per process, at the first sign-in: name the service's port first.
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

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const repos = (name: string): WizardForm => ({
  ...emptyWizardForm('AddRepositories'),
  repositories: [{ name }],
});

async function draftOf(form: WizardForm, author: Role = 'product-manager') {
  const seed = await import('@/lib/emulator/seed-ids');
  const { createDraft } = await import('@/lib/db/queries/drafts');
  return createDraft(s.handle.db, {
    productId: seed.SEED_PRODUCT_ID,
    productTitle: seed.SEED_PRODUCT_TITLE,
    changeType: form.changeType,
    title: `review ${form.repositories[0]?.name}`,
    data: form,
    authorId: s.userIdOf(author),
  });
}

async function stateOf(id: string) {
  const { getDraft } = await import('@/lib/db/queries/drafts');
  const { loadReviewState } = await import('@/lib/server/drafts/review-states');
  return loadReviewState(s.handle.db, (await getDraft(s.handle.db, id))!);
}

async function edit(id: string, revision: number, form: WizardForm) {
  const { updateDraft } = await import('@/lib/db/queries/drafts');
  const r = await updateDraft(s.handle.db, {
    id,
    revision,
    title: 't',
    data: form,
    checklist: { passed: 0, failed: 0, warnings: 0, manual: 0 },
    updatedBy: s.userIdOf('product-manager'),
  });
  expect(r.ok).toBe(true);
}

describe('review requests and verdicts', () => {
  it('a request notifies every reviewer once, and a second click asks nothing new', async () => {
    const { requestReviewAction } = await import('./request-review');
    const { listNotifications } = await import('@/lib/db/queries/notifications');
    const { listReviewRequests } = await import('@/lib/db/queries/reviews');
    const d = await draftOf(repos('review-request-repo'));
    as('product-manager');
    expect(await requestReviewAction({ id: d.id, revision: 1, note: 'Please check' })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await requestReviewAction({ id: d.id, revision: 1, note: 'again' })).toMatchObject({ ok: true });
    expect(await listReviewRequests(s.handle.db, d.id)).toHaveLength(1);
    const inbox = await listNotifications(s.handle.db, s.userIdOf('reviewer'));
    expect(inbox.items.filter((n) => n.link === `/reviews/${d.id}`)).toHaveLength(1);
    expect(await stateOf(d.id)).toMatchObject({ kind: 'in-review', revision: 1 });
    as('reviewer');
    expect(await requestReviewAction({ id: d.id, revision: 1, note: '' })).toMatchObject({ ok: false });
  });

  it('refuses a verdict on a revision that is no longer current, naming the current one', async () => {
    const { reviewDraftAction } = await import('./review-draft');
    const d = await draftOf(repos('review-stale-repo'));
    await edit(d.id, 1, repos('review-stale-repo-2'));
    as('reviewer');
    const res = await reviewDraftAction({ id: d.id, revision: 1, verdict: 'approved', comment: '' });
    expect(res).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(!res.ok && res.formError).toContain('revision 2');
  });

  it('requires a comment to request changes, and refuses to approve a checklist with errors', async () => {
    const { reviewDraftAction } = await import('./review-draft');
    const bad = await draftOf(repos('Not A Valid Name!'));
    as('reviewer');
    expect(
      await reviewDraftAction({ id: bad.id, revision: 1, verdict: 'changes-requested', comment: ' ' }),
    ).toMatchObject({ ok: false, fieldErrors: { comment: 'Say what needs to change.' } });
    const res = await reviewDraftAction({ id: bad.id, revision: 1, verdict: 'approved', comment: '' });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(!res.ok && res.formError).toContain('cannot be approved while the checklist has 1 blocking item');
    expect((await stateOf(bad.id)).kind).toBe('not-requested');
  });

  it('nobody reviews their own draft', async () => {
    const { reviewDraftAction } = await import('./review-draft');
    const own = await draftOf(repos('review-own-repo'), 'reviewer');
    as('reviewer');
    expect(
      await reviewDraftAction({ id: own.id, revision: 1, verdict: 'approved', comment: '' }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('records concurrent verdicts on one revision, all of them, in order', async () => {
    const { reviewDraftAction } = await import('./review-draft');
    const { listDraftReviews } = await import('@/lib/db/queries/reviews');
    const d = await draftOf(repos('review-concurrent-repo'));
    as('reviewer');
    const results = await Promise.all([
      reviewDraftAction({ id: d.id, revision: 1, verdict: 'approved', comment: '' }),
      reviewDraftAction({ id: d.id, revision: 1, verdict: 'changes-requested', comment: 'Rename it.' }),
      reviewDraftAction({ id: d.id, revision: 1, verdict: 'approved', comment: 'Fine after all.' }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await listDraftReviews(s.handle.db, [d.id]);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.contentHash)).size).toBe(1);
  });
});

describe('the approval policy at the submit gate', () => {
  it('holds the seller until the exact revision is approved, and again after an edit', async () => {
    const { updateSetting } = await import('@/lib/db/queries/settings');
    const { APPROVAL_POLICY_SETTING_KEY, DEFAULT_APPROVAL_POLICY } =
      await import('@/lib/reviews/approval-policy');
    const { reviewDraftAction } = await import('./review-draft');
    const { submitDraftAction } = await import('../submissions/submit-draft');
    const { auditLog } = await import('@/lib/db/schema');
    await updateSetting(
      s.handle.db,
      APPROVAL_POLICY_SETTING_KEY,
      { ...DEFAULT_APPROVAL_POLICY, AddRepositories: 1 },
      null,
    );
    try {
      const d = await draftOf(repos('review-gated-repo'));
      as('seller');
      const blocked = await submitDraftAction({ id: d.id, revision: 1 });
      expect(blocked).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(!blocked.ok && blocked.formError).toContain('needs 1 reviewer approval');
      as('reviewer');
      expect(
        await reviewDraftAction({ id: d.id, revision: 1, verdict: 'approved', comment: '' }),
      ).toMatchObject({
        ok: true,
      });
      await edit(d.id, 1, repos('review-gated-repo-b'));
      expect(await stateOf(d.id)).toMatchObject({ kind: 'out-of-date', revision: 1 });
      as('seller');
      const stale = await submitDraftAction({ id: d.id, revision: 2 });
      expect(!stale.ok && stale.formError).toContain('approval of revision 1 is out of date');
      as('reviewer');
      expect(
        await reviewDraftAction({ id: d.id, revision: 2, verdict: 'approved', comment: '' }),
      ).toMatchObject({
        ok: true,
      });
      as('seller');
      const sent = await submitDraftAction({ id: d.id, revision: 2 });
      expect(sent).toMatchObject({ ok: true, data: { changeSetId: expect.any(String) } });
      const audit = await s.handle.db.select().from(auditLog).where(eq(auditLog.target, d.id));
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['review-draft.approved', 'submit-draft']),
      );
    } finally {
      await updateSetting(s.handle.db, APPROVAL_POLICY_SETTING_KEY, DEFAULT_APPROVAL_POLICY, null);
    }
  });
});
