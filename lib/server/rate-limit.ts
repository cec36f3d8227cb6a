import type { Db } from '@/lib/db/client';
import { countAttempt, forgetAttempts, pruneAttempts } from '@/lib/db/queries/rate-limit';

/**
 * A fixed-window limiter for abusable actions (sign-in). Its counts live in the database, so every
 * console instance on one database shares them.
 */
export class RateLimiter {
  private calls = 0;
  constructor(
    private readonly db: () => Db,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt for `key`; returns the seconds to wait when over the limit, else 0. */
  async hit(key: string): Promise<number> {
    const now = new Date(this.now());
    const { count, resetAt } = await countAttempt(this.db(), key, this.windowMs, now);
    if (++this.calls % 500 === 0) await pruneAttempts(this.db(), now);
    return count > this.limit ? Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)) : 0;
  }

  async reset(key: string): Promise<void> {
    await forgetAttempts(this.db(), key);
  }
}

/**
 * The client's address as the trusted proxies report it, or null. A server action sees no socket
 * address, only headers, and any header is the client's own choice unless a proxy we trust wrote
 * it: so X-Forwarded-For is read only when `trustedProxies` is set, from the right, skipping the
 * proxies' own addresses (the leftmost entries are whatever the client sent).
 */
export function clientAddress(headers: Headers, trustedProxies: readonly string[]): string | null {
  if (trustedProxies.length === 0) return null;
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.includes(hops[i]!)) return hops[i]!;
  return null;
}
