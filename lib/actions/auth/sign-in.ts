'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/auth/auth';
import { signInSchema } from '@/lib/schemas/auth';
import { safeNextPath } from '@/lib/auth/safe-next';
import { env } from '@/lib/env';
import { getDb } from '@/lib/db/runtime';
import { clientAddress, RateLimiter } from '@/lib/server/rate-limit';
import { recordAudit } from '@/lib/audit/record';
import type { ActionResult } from '../result';
import { definePublicAction } from '../define-action';

// Ten attempts per email (and client address, behind a trusted proxy) in five minutes slows password
// guessing to a crawl. Without WHARF_TRUSTED_PROXIES every header is the client's to rotate, so the
// key is the email alone.
const limiter = new RateLimiter(getDb, 10, 5 * 60_000);

export const signInAction = definePublicAction(
  { name: 'sign-in', schema: signInSchema },
  async ({ email, password, next }): Promise<ActionResult> => {
    const h = await headers();
    const client = clientAddress(h, env().trustedProxies);
    const key = `sign-in|${email.toLowerCase()}${client ? `|${client}` : ''}`;
    const wait = await limiter.hit(key);
    const attempt = { actorId: null, action: 'sign-in', target: email.toLowerCase() } as const;
    if (wait > 0) {
      await recordAudit({ ...attempt, outcome: 'denied', details: { reason: 'rate-limited' } });
      return {
        ok: false,
        formError: `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
      };
    }
    try {
      await getAuth().api.signInEmail({ body: { email: email.toLowerCase(), password }, headers: h });
      await limiter.reset(key);
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 401 || status === 400 || status === 403) {
        await recordAudit({ ...attempt, outcome: 'failed', details: { reason: 'bad-credentials', status } });
        return { ok: false, formError: 'The email or password is not correct.' };
      }
      throw err;
    }
    redirect(safeNextPath(next));
  },
);
