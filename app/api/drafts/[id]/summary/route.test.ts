/**
 * The summary export as real signed-in users over a real (in-memory) database: console:read is
 * checked, the file is an attachment with a safe name, and who/when/counts are the server's.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyOption, emptyWizardForm } from '@/lib/draft/form';
import { ROLES } from '@/lib/roles';
import { escapeMarkdown } from '@/lib/reviews/summary-markdown';
import type { SignedIn } from '@/lib/actions/testing/signed-in';
import type * as RouteModule from './route';

const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

let s: SignedIn;
let route: typeof RouteModule;
let draftId = '';
let noRoleCookie = '';

beforeAll(async () => {
  // No Catalog service: the product and the registry cannot be read, fast (their states are unknown).
  process.env.CATALOG_ENDPOINT = 'http://127.0.0.1:9';
  process.env.WHARF_CATALOG_TIMEOUT_MS = '300';
  const { signInEveryRole } = await import('@/lib/actions/testing/signed-in');
  s = await signInEveryRole();
  const { hashPassword } = await import('better-auth/crypto');
  const { createLocalUser } = await import('@/lib/db/queries/users');
  const { getAuth } = await import('@/lib/auth/auth');
  await createLocalUser(s.handle.db, {
    name: 'Nobody',
    email: 'nobody@summary.test',
    passwordHash: await hashPassword('summary-route-password'),
    roles: [],
    createdBy: null,
  });
  const res = (await getAuth().api.signInEmail({
    body: { email: 'nobody@summary.test', password: 'summary-route-password' },
    asResponse: true,
  })) as Response;
  noRoleCookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const form = emptyWizardForm('AddDeliveryOptions');
  form.versionTitle = '2.0.0';
  form.options = [{ ...emptyOption('ecr', 'k1'), title: 'Images' }];
  const { createDraft } = await import('@/lib/db/queries/drafts');
  draftId = (
    await createDraft(s.handle.db, {
      productId: 'prod-1',
      productTitle: 'P',
      changeType: 'AddDeliveryOptions',
      title: 'Version "2.0"\r\nX-Evil: 1 [link](https://evil.example)',
      data: form,
      authorId: s.userIdOf('product-manager'),
    })
  ).id;
  route = await import('./route');
}, 120_000);
afterAll(async () => s?.close());

function get(format: string, cookie: string, id = draftId) {
  state.cookie = cookie;
  const req = new Request(`http://localhost:3000/api/drafts/${id}/summary?format=${format}`);
  return route.GET(req, { params: Promise.resolve({ id }) });
}

describe('GET /api/drafts/[id]/summary', () => {
  it('refuses without a session (401) and without console:read (403)', async () => {
    expect((await get('md', '')).status).toBe(401);
    expect((await get('md', noRoleCookie)).status).toBe(403);
  });

  it('serves every console role the Markdown as an attachment with a safe file name', async () => {
    for (const role of ROLES) {
      const res = await get('md', s.cookieOf(role));
      expect(res.status, role).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="compliance-summary-version-2-0-x-evil-1-link-https-evil-example-rev1.md"',
      );
      const md = await res.text();
      expect(md.split('\n')[0]).toBe(
        '# Compliance summary: Version \\"2\\.0\\" X\\-Evil\\: 1 \\[link\\]\\(https\\:\\/\\/evil\\.example\\)',
      );
      expect(md).toContain(`for ${escapeMarkdown(`The ${role}`)}`);
    }
  });

  it('serves JSON whose who and counts are the server’s', async () => {
    const res = await get('json', s.cookieOf('reviewer'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.json"$/);
    const body = (await res.json()) as {
      generatedBy: { id: string };
      counts: { failed: number };
      draft: { revision: number };
    };
    expect(body.generatedBy.id).toBe(s.userIdOf('reviewer'));
    expect(body.draft.revision).toBe(1);
    const { getDraft } = await import('@/lib/db/queries/drafts');
    const { verdictOfStoredDraft } = await import('@/lib/server/drafts/stored-draft');
    const row = (await getDraft(s.handle.db, draftId))!;
    expect(body.counts).toEqual(verdictOfStoredDraft(row, undefined).counts);
  });

  it('answers 400 for an unknown format and 404 for an unknown draft', async () => {
    expect((await get('pdf', s.cookieOf('reviewer'))).status).toBe(400);
    expect((await get('md', s.cookieOf('reviewer'), '00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
  });
});
