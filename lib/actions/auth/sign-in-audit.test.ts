/**
 * What signing in and being refused leave in the audit log: a failed sign-in names the attempted
 * email (never the password), a sign-in names the user, and a denied action or page names the actor.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SignedIn } from '@/lib/actions/testing/signed-in';

const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    set: () => undefined,
    delete: () => undefined,
  }),
}));

let s: SignedIn;
beforeAll(async () => {
  const { signInEveryRole } = await import('@/lib/actions/testing/signed-in');
  s = await signInEveryRole();
}, 120_000);
afterAll(async () => s?.close());

async function entries() {
  const { listAuditEntries } = await import('@/lib/db/queries/audit');
  return listAuditEntries(s.handle.db, 1000);
}

describe('audit entries of sign-in and refusals', () => {
  it('records each sign-in with the user as actor and target', async () => {
    const signIns = (await entries()).filter((e) => e.action === 'sign-in' && e.outcome === 'ok');
    expect(signIns.map((e) => e.actorId).sort()).toEqual(
      ['admin', 'product-manager', 'reviewer', 'seller'].map((r) => s.userIdOf(r as never)).sort(),
    );
    expect(signIns[0]).toMatchObject({ details: { method: 'password' } });
  });

  it('records a failed sign-in with the attempted email, never the password', async () => {
    state.cookie = '';
    const { signInAction } = await import('./sign-in');
    const password = 'a-wrong-password-7b1f';
    expect(await signInAction({ email: 'Seller@Signed-In.test', password })).toMatchObject({ ok: false });
    const failed = (await entries()).find((e) => e.action === 'sign-in' && e.outcome === 'failed');
    expect(failed).toMatchObject({ actorId: null, target: 'seller@signed-in.test' });
    expect(JSON.stringify(failed)).not.toContain(password);
  });

  it('records a denied action and a denied page, and the chain still verifies', async () => {
    state.cookie = s.cookieOf('reviewer');
    const { deleteDraftAction } = await import('@/lib/actions/drafts/delete-draft');
    expect(await deleteDraftAction({ id: crypto.randomUUID() })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const { requirePageUser } = await import('@/lib/auth/page');
    await expect(requirePageUser('users:manage')).rejects.toThrow();
    const denied = (await entries()).filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => [e.action, e.actorId])).toEqual([
      ['open-page', s.userIdOf('reviewer')],
      ['delete-draft', s.userIdOf('reviewer')],
    ]);
    const { verifyAuditChain } = await import('@/lib/db/queries/audit');
    expect(await verifyAuditChain(s.handle.db)).toMatchObject({ legacy: 0, break: null });
  });

  it('exports the entries the filters select, and refuses a bad filter', async () => {
    state.cookie = s.cookieOf('reviewer');
    const { GET } = await import('@/app/api/audit/export/route');
    const get = (q: string) => GET(new Request(`http://localhost/api/audit/export?${q}`), undefined);
    const csv = await get('outcome=failed&action=sign-in&format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',sign-in,Sign in,seller@signed-in.test,Failed,');
    const json = await (await get(`actor=${s.userIdOf('reviewer')}&format=json`)).json();
    expect(json.entries.map((e: { action: string }) => e.action)).toEqual([
      'sign-in',
      'delete-draft',
      'open-page',
    ]);
    expect((await get('from=2026-02-30')).status).toBe(400);
  });
});
