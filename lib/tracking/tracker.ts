import 'server-only';
import type { Db } from '@/lib/db/client';
import {
  createObservations,
  getChangeSetRecord,
  getLeaseValue,
  listOpenChangeSets,
  tryTakeLease,
  updateLeaseValue,
  type ObservedChangeSet,
} from '@/lib/db/queries/change-sets';
import { env } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { log } from '@/lib/server/log';
import type { ChangeSetDetail, ChangeSetSummary } from '@/lib/catalog/types';
import type { StaleReason } from './types';
import { staleReasonOf } from '@/lib/catalog/last-known';
import { awsDate, catalogPort, type CatalogPort } from './catalog-port';
import { accountLimiters, Backoff, CATALOG_QUOTAS, RateLimiter, type TrackedOperation } from './limiter';
import { announceEndStates } from './notify';
import { isOpen } from './status';

/** How often the Catalog API is asked about the account's change sets, however many people watch. */
export const REFRESH_MS = 3_000;
const MAX_PAGES = 5;
const WATERMARK = 'sync:watermark';

export interface TrackerOptions {
  refreshMs?: number;
  catalog?: CatalogPort;
  /** Public base URL, for links in webhook messages. */
  baseUrl?: string;
  /** Shared with other callers of the same operations (default: this tracker's own). */
  limiters?: Record<TrackedOperation, RateLimiter>;
  /** The clock for refresh intervals and backoff (tests). */
  now?: () => number;
}

export interface TrackingHealth {
  /** The last Catalog API read failed (throttled or unreachable); stored data is being shown. */
  retrying: boolean;
  retryAt?: string;
  message?: string;
  reason?: StaleReason;
}

/**
 * The server-side coalescer. In-process it shares in-flight calls and remembers when it last asked;
 * across instances the database decides (short leases, stored observations), so N watchers on M
 * console processes cost at most one sync per refresh interval plus one DescribeChangeSet per
 * status change, all under the account's quotas.
 */
export class Tracker {
  readonly refreshMs: number;
  readonly calls: Record<TrackedOperation, number> = { DescribeChangeSet: 0, ListChangeSets: 0 };
  throttledAnswers = 0;
  private readonly catalog: CatalogPort;
  private readonly limiters: Record<TrackedOperation, RateLimiter>;
  private readonly now: () => number;
  private readonly backoff: Record<TrackedOperation, Backoff>;
  /** What the last failed call of each operation answered, repeated while backing off. */
  private readonly lastError: Partial<Record<TrackedOperation, unknown>> = {};
  private readonly inflight = new Map<string, Promise<void>>();
  private readonly attempted = new Map<string, number>();
  private readonly background = new Set<Promise<unknown>>();
  private failure?: { at: number; message: string; reason?: StaleReason };

  constructor(private readonly opts: TrackerOptions = {}) {
    this.refreshMs = opts.refreshMs ?? REFRESH_MS;
    this.now = opts.now ?? Date.now;
    this.backoff = {
      DescribeChangeSet: new Backoff(undefined, undefined, this.now),
      ListChangeSets: new Backoff(undefined, undefined, this.now),
    };
    this.catalog = opts.catalog ?? catalogPort;
    this.limiters = opts.limiters ?? {
      DescribeChangeSet: new RateLimiter(CATALOG_QUOTAS.DescribeChangeSet),
      ListChangeSets: new RateLimiter(CATALOG_QUOTAS.ListChangeSets),
    };
  }

  health(): TrackingHealth {
    if (!this.failure) return { retrying: false };
    const retryAt = Math.max(
      this.backoff.ListChangeSets.retryAt,
      this.backoff.DescribeChangeSet.retryAt,
      this.failure.at + this.refreshMs,
    );
    // A failure nobody has retried since (no one watching) is history, not a state to show.
    if (this.now() > retryAt + 2 * this.refreshMs) return { retrying: false };
    const { message, reason } = this.failure;
    return {
      retrying: true,
      retryAt: new Date(retryAt).toISOString(),
      message,
      ...(reason ? { reason } : {}),
    };
  }

  /** Brings the stored list up to date: new change sets and every open one, with ListChangeSets pages. */
  sync(db: Db): Promise<void> {
    return this.once(db, 'sync', () => this.runSync(db));
  }

  /** Brings one change set up to date: the sync, then DescribeChangeSet only if its status moved since the last one. */
  async refresh(db: Db, changeSetId: string) {
    await this.sync(db);
    const rec = await getChangeSetRecord(db, changeSetId);
    const detailStatus = (rec?.record.detail as { status?: string } | null | undefined)?.status;
    if (rec && detailStatus === rec.record.status) return rec;
    // The sync just failed (slow, busy or away): the stored record beats waiting on a describe too.
    if (rec && this.failure?.reason) return rec;
    await this.once(db, `describe:${changeSetId}`, () => this.describe(db, changeSetId));
    return getChangeSetRecord(db, changeSetId);
  }

  /**
   * Reads DescribeChangeSet once, in the background, for listed change sets the console never
   * described (history found by ListChangeSets), so change types show on the next read.
   */
  fillDetails(db: Db, changeSetIds: readonly string[]): void {
    for (const id of changeSetIds.slice(0, 20)) {
      const p = this.once(db, `describe:${id}`, () => this.describe(db, id));
      this.background.add(p);
      void p.finally(() => this.background.delete(p));
    }
  }

  /** Describes now (after the console changed the change set itself, e.g. cancelled it). */
  refreshNow(db: Db, changeSetId: string): Promise<void> {
    return this.describe(db, changeSetId);
  }

  /** Resolves when background notification work has finished (tests). */
  async idle(): Promise<void> {
    while (this.background.size) await Promise.allSettled([...this.background]);
  }

  private async once(db: Db, key: string, work: () => Promise<void>): Promise<void> {
    const running = this.inflight.get(key);
    if (running) return running;
    if (this.now() - (this.attempted.get(key) ?? 0) < this.refreshMs) return;
    this.attempted.set(key, this.now());
    const p = (async () => {
      if (await tryTakeLease(db, key, this.refreshMs)) await work();
    })()
      .catch((err) => this.noteFailure(err))
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  private async call<T>(op: TrackedOperation, fn: () => Promise<T>): Promise<T> {
    if (this.backoff[op].isWaiting)
      throw (
        this.lastError[op] ??
        new AppError('THROTTLED', 'AWS Marketplace is limiting requests; retrying shortly.')
      );
    await this.limiters[op].acquire();
    this.calls[op] += 1;
    try {
      const out = await fn();
      this.backoff[op].succeeded();
      this.failure = undefined;
      return out;
    } catch (err) {
      // Throttled, timed out or unreachable: wait longer before each next call, until one succeeds.
      if (staleReasonOf(err)) {
        if (isAppError(err, 'THROTTLED')) this.throttledAnswers += 1;
        this.backoff[op].failed();
        this.lastError[op] = err;
      }
      throw err;
    }
  }

  private noteFailure(err: unknown): void {
    // An unknown id is an answer, not an outage: the route reports it as not found.
    if (isAppError(err, 'NOT_FOUND')) return;
    const message = isAppError(err, 'THROTTLED')
      ? 'The Catalog API is busy: AWS Marketplace is limiting how often the console may ask (throttling).'
      : isAppError(err)
        ? err.message
        : 'The Catalog API could not be reached.';
    this.failure = { at: this.now(), message, reason: staleReasonOf(err) };
    if (!isAppError(err, 'THROTTLED')) log.warn('change-set tracking failed', { error: err });
  }

  private async listAll(input: Parameters<CatalogPort['list']>[0]): Promise<ChangeSetSummary[]> {
    const items: ChangeSetSummary[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const out = await this.call('ListChangeSets', () =>
        this.catalog.list({ ...input, nextToken, pageSize: 20 }),
      );
      items.push(...out.items);
      nextToken = out.nextToken;
      if (!nextToken) break;
    }
    return items;
  }

  private async runSync(db: Db): Promise<void> {
    const startedAt = Date.now();
    const mark = await getLeaseValue<{ after?: number }>(db, WATERMARK);
    // Change sets started since the last sync (with a margin for clock skew); the newest history on the first one.
    const recent = await this.listAll(
      mark?.after
        ? { afterStartTime: awsDate(mark.after - 60_000), sortBy: 'StartTime', sortOrder: 'DESCENDING' }
        : {},
    );
    const seen = new Set(recent.map((s) => s.id));
    const open = (await listOpenChangeSets(db)).filter((o) => !seen.has(o.id));
    const openNow = open.length ? await this.listAll({ statuses: ['PREPARING', 'APPLYING'] }) : [];
    await this.store(db, [...recent, ...openNow].map(observed));
    await updateLeaseValue(db, WATERMARK, { after: startedAt });
    // Stored as open but no longer listed as open: it ended. Ask once to learn how.
    const stillOpen = new Set([...recent, ...openNow].filter((s) => isOpen(s.status)).map((s) => s.id));
    for (const o of open) if (!stillOpen.has(o.id) && !seen.has(o.id)) await this.describe(db, o.id);
  }

  private async describe(db: Db, changeSetId: string): Promise<void> {
    const detail = await this.call('DescribeChangeSet', () => this.catalog.describe(changeSetId));
    await this.store(db, [
      {
        ...observed(detail),
        changeTypes: [...new Set(detail.changes.map((c) => c.changeType))],
        detail: { ...detail } satisfies ChangeSetDetail,
      },
    ]);
  }

  private async store(db: Db, list: ObservedChangeSet[]): Promise<void> {
    const fresh = await createObservations(db, list);
    if (!fresh.length) return;
    const p = announceEndStates(db, fresh, this.opts.baseUrl).catch(() => undefined);
    this.background.add(p);
    void p.finally(() => this.background.delete(p));
  }
}

function observed(s: ChangeSetSummary): ObservedChangeSet {
  return {
    id: s.id,
    arn: s.arn,
    name: s.name,
    status: s.status,
    failureCode: s.failureCode ?? null,
    startTime: s.startTime ?? null,
    endTime: s.endTime ?? null,
    entityIds: s.entityIds,
  };
}

const KEY = Symbol.for('wharf.tracker');

/**
 * The process-wide tracker. Against the embedded local service with short demo steps, it refreshes
 * faster (a third of a step, at least 500 ms) so every status is seen; against AWS, every 3 s.
 */
export function getTracker(): Tracker {
  const g = globalThis as Record<symbol, Tracker | undefined>;
  return (g[KEY] ??= new Tracker({
    refreshMs: refreshIntervalFor(env()),
    baseUrl: env().WHARF_BASE_URL,
    limiters: accountLimiters(),
  }));
}

export function refreshIntervalFor(e: {
  isLocalCatalog: boolean;
  CATALOG_ENDPOINT?: string;
  EMULATOR_STEP_MS: number;
}): number {
  if (!e.isLocalCatalog || e.CATALOG_ENDPOINT) return REFRESH_MS;
  return Math.min(REFRESH_MS, Math.max(500, Math.floor(e.EMULATOR_STEP_MS / 3)));
}
