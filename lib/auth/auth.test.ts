/**
 * better-auth's own HTTP endpoints, through auth.handler with a real session: nobody renames
 * themselves, change-password follows the one password policy, and its rate limit is neither
 * reset by a rotating X-Forwarded-For nor kept in one process's memory.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { SignedIn } from '@/lib/actions/testing/signed-in';
import { rateLimit, user } from '@/lib/db/schema';
import { PASSWORD_LENGTH } from '@/lib/schemas/auth';

let signedIn: SignedIn;
beforeAll(async () => {
  const { signInEveryRole } = await import('@/lib/actions/testing/signed-in');
  signedIn = await signInEveryRole();
});
afterAll(async () => {
  await signedIn?.close();
});

async function post(path: string, body: unknown, extra: Record<string, string> = {}): Promise<Response> {
  const { getAuth } = await import('./auth');
  return getAuth().handler(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', ...extra },
      body: JSON.stringify(body),
    }),
  );
}

describe('better-auth endpoints', () => {
  it('refuses update-user, so nobody can rename themselves', async () => {
    const res = await post('/update-user', { name: 'Ada Admin' }, { cookie: signedIn.cookieOf('seller') });
    expect(res.status).toBe(404);
    const [row] = await signedIn.handle.db
      .select()
      .from(user)
      .where(eq(user.id, signedIn.userIdOf('seller')));
    expect(row!.name).toBe('The seller');
  });

  it('applies the admin password policy to change-password', async () => {
    const change = (newPassword: string) =>
      post(
        '/change-password',
        { currentPassword: 'signed-in-test-password', newPassword },
        { cookie: signedIn.cookieOf('reviewer') },
      );
    const short = await change('x'.repeat(PASSWORD_LENGTH.min - 1));
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ code: 'PASSWORD_TOO_SHORT' });
    expect((await change('y'.repeat(PASSWORD_LENGTH.min))).status).toBe(200);
  });

  it('rate-limits sign-in whatever X-Forwarded-For says, with the counts in the database', async () => {
    const statuses = [];
    // better-auth's window is 10 s of Date.now(): stop the clock so a slow machine cannot leave it.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    for (let i = 1; i <= 4; i++) {
      const res = await post(
        '/sign-in/email',
        { email: 'admin@signed-in.test', password: 'a wrong password' },
        { 'x-forwarded-for': `203.0.113.${i}` },
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const rows = await signedIn.handle.db.select().from(rateLimit);
    expect(rows.some((r) => r.key.endsWith('/sign-in/email'))).toBe(true);
  });
});
