/**
 * Rotating X-Forwarded-For does not buy a password guesser fresh attempts: without
 * WHARF_TRUSTED_PROXIES the sign-in limit is keyed on the email alone.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SignedIn } from '@/lib/actions/testing/signed-in';

const state = vi.hoisted(() => ({ xff: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': state.xff }),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    set: () => undefined,
    delete: () => undefined,
  }),
}));

let signedIn: SignedIn;
beforeAll(async () => {
  const { signInEveryRole } = await import('@/lib/actions/testing/signed-in');
  signedIn = await signInEveryRole();
});
afterAll(async () => {
  await signedIn?.close();
});

describe('sign-in rate limit', () => {
  it('is not reset by a new X-Forwarded-For on every attempt', async () => {
    const { signInAction } = await import('./sign-in');
    const results = [];
    for (let i = 1; i <= 11; i++) {
      state.xff = `203.0.113.${i}`;
      results.push(await signInAction({ email: 'seller@signed-in.test', password: 'a wrong password' }));
    }
    expect(results.slice(0, 10).every((r) => !r.ok && r.formError?.includes('not correct'))).toBe(true);
    expect(results[10]).toMatchObject({
      ok: false,
      formError: expect.stringContaining('Too many sign-in attempts'),
    });
  });
});
