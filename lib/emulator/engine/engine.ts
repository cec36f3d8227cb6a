import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { emuChangeSet } from '@/lib/db/schema';
import { evaluate, type StoredChange } from '../changes/evaluate';
import { isReviewed } from '../changes/update-visibility';
import type { FaultState } from '../faults';
import { changeSetArn } from '../wire';
import { dueChangeSets, earliestDue, getChangeSet, type ChangeSetRow } from '../store/change-sets';
import { saveProduct } from '../store/entities';
import { listTags, putTags } from '../store/tags';
import { entityArn } from '../wire';
import { loadContext } from './context';
import { holdsOf } from './holds';

/** Tag a change set with this key and value to make it fail with SERVER_FAULT (deterministic demo hook). */
export const FAULT_TAG = { Key: 'emulator:fault', Value: 'SERVER_FAULT' } as const;
const PREP_FAILED = "Change set preparation has failed. For details see 'ErrorDetailList'.";

/**
 * Advances change sets from the timestamps stored with them: PREPARING until start+step, APPLYING
 * until start+2·step. Every transition is a conditional UPDATE on the expected status, so it happens
 * once even when several processes (or a timer and a request) race for it.
 */
export class Engine {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private lastPass = 0;
  private pollMs = 250;
  constructor(
    private readonly db: Db,
    private readonly faults: FaultState,
    private readonly findingsBase: () => string,
    /** How long Seller Operations' review keeps an UpdateVisibility change set APPLYING. */
    private readonly reviewMs = 0,
  ) {}

  start(pollMs: number): void {
    this.pollMs = pollMs;
    this.timer = setInterval(() => void this.advanceDue().catch(() => undefined), pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Applies every due transition; concurrent callers share one pass. */
  advanceDue(): Promise<void> {
    this.lastPass = Date.now();
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  /**
   * For list reads: skips the extra query when the timer passed within one poll interval, so a listed
   * status lags its due time by at most that interval (DescribeChangeSet is always exact).
   */
  advanceIfStale(): Promise<void> {
    if (!this.running && Date.now() - this.lastPass < this.pollMs) return Promise.resolve();
    return this.advanceDue();
  }

  /** When the next transition is due (tests and the CLI use it to wait). */
  nextDue(): Promise<Date | undefined> {
    return earliestDue(this.db);
  }

  private async pass(): Promise<void> {
    for (;;) {
      const holds = holdsOf(this.db);
      const due = (await dueChangeSets(this.db, new Date())).filter((r) => !holds?.isHeld(r.changeSetId));
      if (!due.length) return;
      for (const row of due) await this.transition(row);
    }
  }

  private async transition(row: ChangeSetRow): Promise<void> {
    if (row.status === 'PREPARING') await this.prepare(row);
    else if (row.status === 'APPLYING') await this.apply(row);
    else
      await this.db
        .update(emuChangeSet)
        .set({ nextAt: null })
        .where(eq(emuChangeSet.changeSetId, row.changeSetId));
  }

  private async prepare(row: ChangeSetRow): Promise<void> {
    const changes = row.changes as StoredChange[];
    const { ctx, products } = await loadContext(
      this.db,
      changes,
      row.nextAt ?? new Date(),
      this.findingsBase(),
    );
    const result = evaluate(ctx, changes, products);
    const guard = and(eq(emuChangeSet.changeSetId, row.changeSetId), eq(emuChangeSet.status, 'PREPARING'));
    if (result.failed) {
      const withErrors = changes.map((c, i) => ({ ...c, ErrorDetailList: result.errors[i] ?? [] }));
      await this.db
        .update(emuChangeSet)
        .set({
          status: 'FAILED',
          failureCode: 'CLIENT_ERROR',
          failureDescription: PREP_FAILED,
          changes: withErrors,
          endTime: row.nextAt,
          nextAt: null,
        })
        .where(guard);
      return;
    }
    if (await this.serverFault(row)) {
      await this.db
        .update(emuChangeSet)
        .set({
          status: 'FAILED',
          failureCode: 'SERVER_FAULT',
          failureDescription:
            'An internal error occurred while processing the change set. Retry the request.',
          endTime: row.nextAt,
          nextAt: null,
        })
        .where(guard);
      return;
    }
    // A reviewed change set stays APPLYING for the review, counted from the end of PREPARING.
    const nextAt = changes.some(isReviewed)
      ? new Date((row.nextAt ?? new Date()).getTime() + Math.max(this.reviewMs, row.stepMs))
      : new Date(row.startTime.getTime() + 2 * row.stepMs);
    await this.db.update(emuChangeSet).set({ status: 'APPLYING', nextAt }).where(guard);
  }

  private async serverFault(row: ChangeSetRow): Promise<boolean> {
    const tags = await listTags(this.db, changeSetArn(row.changeSetId, row.accountId));
    if (tags.some((t) => t.Key === FAULT_TAG.Key && t.Value === FAULT_TAG.Value)) return true;
    return this.faults.changeSetFaultRate > 0 && Math.random() < this.faults.changeSetFaultRate;
  }

  private async apply(row: ChangeSetRow): Promise<void> {
    const endTime = row.nextAt ?? new Date();
    if (await this.rejectReview(row, endTime)) return;
    await this.db.transaction(async (tx) => {
      const won = await tx
        .update(emuChangeSet)
        .set({ status: 'SUCCEEDED', endTime, nextAt: null })
        .where(and(eq(emuChangeSet.changeSetId, row.changeSetId), eq(emuChangeSet.status, 'APPLYING')))
        .returning({ id: emuChangeSet.changeSetId });
      if (!won.length || row.intent === 'VALIDATE') return;
      const changes = row.changes as StoredChange[];
      // Re-evaluated on the current documents: the entity locks kept them unchanged since PREPARING.
      const { ctx, products, rows } = await loadContext(tx, changes, endTime, this.findingsBase());
      const result = evaluate(ctx, changes, products);
      if (result.failed) {
        const withErrors = changes.map((c, i) => ({ ...c, ErrorDetailList: result.errors[i] ?? [] }));
        await tx
          .update(emuChangeSet)
          .set({
            status: 'FAILED',
            failureCode: 'CLIENT_ERROR',
            failureDescription: PREP_FAILED,
            changes: withErrors,
          })
          .where(eq(emuChangeSet.changeSetId, row.changeSetId));
        return;
      }
      const revisions = new Map(rows.map((r) => [r.entityId, r.revision]));
      for (const [entityId, doc] of result.products) {
        if (!changes.some((c) => c.entityId === entityId)) continue;
        await saveProduct(tx, entityId, doc, (revisions.get(entityId) ?? 0) + 1, endTime, row.accountId);
      }
      for (const c of changes)
        if (c.EntityTags?.length)
          await putTags(tx, entityArn('ContainerProduct', c.entityId, row.accountId), c.EntityTags);
    });
  }

  /** Seller Operations' verdict, from the `reviewRejection` fault: a rejection fails the change set. */
  private async rejectReview(row: ChangeSetRow, endTime: Date): Promise<boolean> {
    const reason = this.faults.reviewRejection;
    const changes = row.changes as StoredChange[];
    if (!reason || !changes.some(isReviewed)) return false;
    const withErrors = changes.map((c) => ({
      ...c,
      ErrorDetailList: isReviewed(c) ? [{ ErrorCode: 'AUDIT_ERROR', ErrorMessage: reason }] : [],
    }));
    await this.db
      .update(emuChangeSet)
      .set({
        status: 'FAILED',
        failureCode: 'CLIENT_ERROR',
        failureDescription: PREP_FAILED,
        changes: withErrors,
        endTime,
        nextAt: null,
      })
      .where(and(eq(emuChangeSet.changeSetId, row.changeSetId), eq(emuChangeSet.status, 'APPLYING')));
    return true;
  }

  /**
   * The test control's step: makes the change set's next transition due now and applies it, held
   * or not; returns the change set after it (unchanged when it has ended).
   */
  async advance(changeSetId: string): Promise<ChangeSetRow | undefined> {
    const row = await getChangeSet(this.db, changeSetId);
    if (!row?.nextAt) return row;
    const now = new Date();
    const moved = await this.db
      .update(emuChangeSet)
      .set({ nextAt: now })
      .where(and(eq(emuChangeSet.changeSetId, changeSetId), eq(emuChangeSet.status, row.status)))
      .returning({ id: emuChangeSet.changeSetId });
    if (moved.length) await this.transition({ ...row, nextAt: now });
    return getChangeSet(this.db, changeSetId);
  }

  /** Brings one change set up to date, then reads it (DescribeChangeSet, CancelChangeSet). */
  async current(changeSetId: string): Promise<ChangeSetRow | undefined> {
    const row = await getChangeSet(this.db, changeSetId);
    if (row?.nextAt && row.nextAt.getTime() <= Date.now()) {
      await this.advanceDue();
      return getChangeSet(this.db, changeSetId);
    }
    return row;
  }
}
