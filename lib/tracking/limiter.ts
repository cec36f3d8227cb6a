import { AppError } from '@/lib/errors';

/** The account's Catalog API request quotas this console polls with (reference §10.1). */
export const CATALOG_QUOTAS = { DescribeChangeSet: 10, ListChangeSets: 5 } as const;
export type TrackedOperation = keyof typeof CATALOG_QUOTAS;

/**
 * A token bucket whose spent tokens come back exactly one second later: however the calls bunch
 * up, no one-second window ever holds more than `perSecond` of them (a classic refilling bucket
 * lets through up to twice its rate across a window boundary, which AWS would throttle).
 */
export class RateLimiter {
  private spent: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  /** Tokens come back a little after a second, so jitter between here and AWS cannot squeeze an extra call into its window. */
  private readonly windowMs: number;

  constructor(
    readonly perSecond: number,
    private readonly now: () => number = Date.now,
    marginMs = 50,
  ) {
    this.windowMs = 1000 + marginMs;
  }

  /** Waits for a token; throws THROTTLED instead when waiting would take longer than `maxWaitMs`. */
  acquire(maxWaitMs = 5_000): Promise<void> {
    const turn = this.queue.then(() => this.take(maxWaitMs));
    // Keep the chain alive when one caller gives up.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(maxWaitMs: number): Promise<void> {
    for (;;) {
      const t = this.now();
      this.spent = this.spent.filter((s) => t - s < this.windowMs);
      if (this.spent.length < this.perSecond) {
        this.spent.push(t);
        return;
      }
      const wait = this.spent[0]! + this.windowMs - t;
      if (wait > maxWaitMs)
        throw new AppError(
          'THROTTLED',
          'Too many Catalog API requests right now; showing the last known data.',
        );
      await new Promise((r) => setTimeout(r, Math.max(1, wait)));
    }
  }
}

const KEY = Symbol.for('wharf.catalog-limiters');

/**
 * The account's quotas as one process spends them: the tracker's polling and the submission flow's
 * lookups draw on the same tokens, so together they stay under AWS's per-operation rates.
 */
export function accountLimiters(): Record<TrackedOperation, RateLimiter> {
  const g = globalThis as Record<symbol, Record<TrackedOperation, RateLimiter> | undefined>;
  return (g[KEY] ??= {
    DescribeChangeSet: new RateLimiter(CATALOG_QUOTAS.DescribeChangeSet),
    ListChangeSets: new RateLimiter(CATALOG_QUOTAS.ListChangeSets),
  });
}

/** Exponential backoff with a cap after throttled, timed-out or failed calls, per operation, reset by the next success. */
export class Backoff {
  private failures = 0;
  private until = 0;

  constructor(
    private readonly baseMs = 1_000,
    private readonly maxMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  get isWaiting(): boolean {
    return this.now() < this.until;
  }

  get retryAt(): number {
    return this.until;
  }

  failed(): void {
    this.failures += 1;
    const delay = Math.min(this.maxMs, this.baseMs * 2 ** (this.failures - 1));
    // Jitter keeps several console instances from retrying in lockstep.
    this.until = this.now() + delay * (0.75 + Math.random() * 0.5);
  }

  succeeded(): void {
    this.failures = 0;
    this.until = 0;
  }
}
