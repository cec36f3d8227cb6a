import 'server-only';
import { isAppError } from '@/lib/errors';
import type { StaleReason } from '@/lib/tracking/types';

/** Why a page shows remembered data instead of a fresh answer. */
export interface StaleNotice {
  reason: StaleReason;
  /** When this process last had a good answer for what is shown (ISO). */
  seenAt: string;
}

export type LastKnown<T> = { data: T; stale?: StaleNotice };

const REASONS = { TIMEOUT: 'timeout', THROTTLED: 'throttled', UNAVAILABLE: 'unavailable' } as const;

/** The errors after which remembered data is shown (the API was slow, busy or away); undefined for answers. */
export function staleReasonOf(err: unknown): StaleReason | undefined {
  return isAppError(err) && err.code in REASONS ? REASONS[err.code as keyof typeof REASONS] : undefined;
}
const MAX_ENTRIES = 500;

/**
 * The last good answer per key, in this process's memory: when the Catalog API times out, throttles
 * or cannot be reached, a page shows what it last saw, with a notice, instead of an error. Other
 * errors (not found, forbidden…) are answers and are thrown. Lost on restart, not shared between
 * instances; nothing is remembered for a key never read successfully here.
 */
export class LastKnownCache {
  private entries = new Map<string, { at: number; data: unknown }>();

  constructor(private readonly now: () => number = Date.now) {}

  async read<T>(key: string, load: () => Promise<T>): Promise<LastKnown<T>> {
    try {
      const data = await load();
      this.entries.delete(key);
      this.entries.set(key, { at: this.now(), data });
      if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      return { data };
    } catch (err) {
      const hit = this.entries.get(key);
      const reason = staleReasonOf(err);
      if (!hit || !reason) throw err;
      return { data: hit.data as T, stale: { reason, seenAt: new Date(hit.at).toISOString() } };
    }
  }
}

const KEY = Symbol.for('wharf.catalog-last-known');

/** This process's last-known Catalog API answers (products pages). */
export function lastKnown(): LastKnownCache {
  const g = globalThis as Record<symbol, LastKnownCache | undefined>;
  return (g[KEY] ??= new LastKnownCache());
}
