/**
 * The action wrapper, called as a real signed-in user (better-auth session over a real database):
 * session and role are checked before anything else, input is parsed by the schema, and errors
 * reach the caller as user messages only.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { SignedIn } from './testing/signed-in';
import type * as Wrapper from './define-action';

const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

let s: SignedIn;
let defineAction: typeof Wrapper.defineAction;

beforeAll(async () => {
  const { signInEveryRole } = await import('./testing/signed-in');
  s = await signInEveryRole();
  ({ defineAction } = await import('./define-action'));
}, 120_000);
afterAll(async () => s?.close());

const schema = z.object({ name: z.string().trim().min(1, 'Give a name.') });
const ran: unknown[] = [];

function action(body: (name: string) => Promise<unknown> = async (n) => n) {
  return defineAction({ name: 'rename-thing', permission: 'draft:edit', schema }, async (input, { user }) => {
    ran.push(input);
    return { ok: true as const, data: { name: await body(input.name), by: user.id } };
  });
}

const as = (role?: 'product-manager' | 'reviewer') => {
  state.cookie = role ? s.cookieOf(role) : '';
  ran.length = 0;
};

describe('defineAction', () => {
  it('refuses an anonymous caller before reading the input', async () => {
    as();
    expect(await action()({ name: '' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(ran).toEqual([]);
  });

  it('refuses a role without the permission, and records the denied attempt', async () => {
    as('reviewer');
    expect(await action()({ name: 'x' })).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      formError: 'Your role does not allow this action.',
    });
    expect(ran).toEqual([]);
    const { listAuditEntries } = await import('@/lib/db/queries/audit');
    const denied = (await listAuditEntries(s.handle.db)).find((e) => e.action === 'rename-thing');
    expect(denied).toMatchObject({ outcome: 'denied', actorId: s.userIdOf('reviewer') });
  });

  it('returns field errors for invalid input and does not run the handler', async () => {
    as('product-manager');
    expect(await action()({ name: '   ' })).toEqual({ ok: false, fieldErrors: { name: 'Give a name.' } });
    expect(await action()({} as never)).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.any(String) },
    });
    expect(ran).toEqual([]);
  });

  it('hands the handler the parsed input and the signed-in user', async () => {
    as('product-manager');
    expect(await action()({ name: '  Pat  ' })).toEqual({
      ok: true,
      data: { name: 'Pat', by: s.userIdOf('product-manager') },
    });
  });

  it('shows an AppError as its own message and code', async () => {
    as('product-manager');
    const res = await action(async () => {
      throw new AppError('CONFLICT', 'Someone else renamed it.');
    })({ name: 'x' });
    expect(res).toEqual({ ok: false, code: 'CONFLICT', formError: 'Someone else renamed it.' });
  });

  it('shows an unexpected error as a generic message with a request id, and logs the raw error under it', async () => {
    as('product-manager');
    const logged = vi.spyOn(console, 'error');
    const res = await action(async () => {
      throw new Error('relation "thing" does not exist at Pool.query (/srv/node_modules/pg/lib/client.js:1)');
    })({ name: 'x' });
    expect(res).toMatchObject({ ok: false, code: 'INTERNAL' });
    const message = (res as { formError: string }).formError;
    const id = /\(reference ([0-9a-f]{8})\)/.exec(message)?.[1];
    expect(id).toBeDefined();
    expect(JSON.stringify(res)).not.toMatch(/relation|Pool|node_modules/);
    const line = logged.mock.calls.map((c) => String(c[0])).find((l) => l.includes(id!));
    expect(line).toContain('relation \\"thing\\" does not exist');
    logged.mockRestore();
  });
});
