'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/auth/auth';
import { signInSchema, safeNextPath } from '@/lib/schemas/auth';
import { RateLimiter } from '@/lib/server/rate-limit';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

// Ten attempts per email and client address in five minutes slows password guessing to a crawl.
const limiter = new RateLimiter(10, 5 * 60_000);

export async function signInAction(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const h = await headers();
  const client = h.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
  const key = `${parsed.data.email.toLowerCase()}|${client}`;
  const wait = limiter.hit(key);
  if (wait > 0)
    return {
      ok: false,
      formError: `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
    };
  try {
    await getAuth().api.signInEmail({
      body: { email: parsed.data.email.toLowerCase(), password: parsed.data.password },
      headers: h,
    });
    limiter.reset(key);
  } catch (err) {
    const status = (err as { statusCode?: number; status?: string | number }).statusCode;
    if (status === 401 || status === 400 || status === 403) {
      return { ok: false, formError: 'The email or password is not correct.' };
    }
    return failure(err, 'sign-in');
  }
  redirect(safeNextPath(parsed.data.next));
}
