'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/auth/auth';
import { signInSchema } from '@/lib/schemas/auth';
import { safeNextPath } from '@/lib/auth/safe-next';
import { RateLimiter } from '@/lib/server/rate-limit';
import type { ActionResult } from '../result';
import { definePublicAction } from '../define-action';

// Ten attempts per email and client address in five minutes slows password guessing to a crawl.
const limiter = new RateLimiter(10, 5 * 60_000);

export const signInAction = definePublicAction(
  { name: 'sign-in', schema: signInSchema },
  async ({ email, password, next }): Promise<ActionResult> => {
    const h = await headers();
    const client = h.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
    const key = `${email.toLowerCase()}|${client}`;
    const wait = limiter.hit(key);
    if (wait > 0)
      return {
        ok: false,
        formError: `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
      };
    try {
      await getAuth().api.signInEmail({ body: { email: email.toLowerCase(), password }, headers: h });
      limiter.reset(key);
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 401 || status === 400 || status === 403)
        return { ok: false, formError: 'The email or password is not correct.' };
      throw err;
    }
    redirect(safeNextPath(next));
  },
);
