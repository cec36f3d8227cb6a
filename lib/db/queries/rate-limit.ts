import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { consoleRateLimit } from '../schema';

/**
 * Counts one attempt for `key` in its fixed window, atomically (one upsert, so concurrent attempts
 * on several console instances never both slip under the limit). Returns the attempts counted in
 * the current window, this one included, and when the window ends.
 */
export async function countAttempt(
  db: Db,
  key: string,
  windowMs: number,
  now: Date,
): Promise<{ count: number; resetAt: Date }> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const expired = sql`${consoleRateLimit.resetAt} <= ${at}`;
  const [row] = await db
    .insert(consoleRateLimit)
    .values({ key, count: 1, resetAt: new Date(now.getTime() + windowMs) })
    .onConflictDoUpdate({
      target: consoleRateLimit.key,
      set: {
        count: sql`case when ${expired} then 1 else ${consoleRateLimit.count} + 1 end`,
        resetAt: sql`case when ${expired} then excluded.reset_at else ${consoleRateLimit.resetAt} end`,
      },
    })
    .returning({ count: consoleRateLimit.count, resetAt: consoleRateLimit.resetAt });
  return row!;
}

export async function forgetAttempts(db: Db, key: string): Promise<void> {
  await db.delete(consoleRateLimit).where(eq(consoleRateLimit.key, key));
}

export async function pruneAttempts(db: Db, now: Date): Promise<void> {
  await db.delete(consoleRateLimit).where(lt(consoleRateLimit.resetAt, now));
}
