'use server';
import { revalidatePath } from 'next/cache';
import { cancelChangeSet } from '@/lib/catalog/change-sets';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { getChangeSetRecord } from '@/lib/db/queries/change-sets';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { changeSetIdSchema } from '@/lib/tracking/action-schemas';
import { invalidateChangeSetReads } from '@/lib/tracking/load';
import { getTracker } from '@/lib/tracking/tracker';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** Cancels a change set while it is PREPARING (AWS refuses later), then reads its new status at once. */
export const cancelChangeSetAction = defineAction(
  { name: 'cancel-change-set', permission: 'changeset:cancel', schema: changeSetIdSchema },
  async ({ changeSetId }, { user }): Promise<ActionResult<{ status: string }>> => {
    const db = getDb();
    try {
      await cancelChangeSet(changeSetId);
    } catch (err) {
      await createAuditEntry(db, {
        actorId: user.id,
        action: 'cancel-change-set',
        target: changeSetId,
        outcome: 'failed',
        details: { code: err instanceof AppError ? err.code : 'UNEXPECTED' },
      });
      throw err;
    }
    await createAuditEntry(db, {
      actorId: user.id,
      action: 'cancel-change-set',
      target: changeSetId,
      outcome: 'ok',
    });
    await getTracker()
      .refreshNow(db, changeSetId)
      .catch(() => undefined);
    const rec = await getChangeSetRecord(db, changeSetId);
    revalidatePath(`/change-sets/${changeSetId}`);
    invalidateChangeSetReads(changeSetId);
    revalidatePath('/change-sets');
    return { ok: true, data: { status: rec?.record.status ?? 'CANCELLED' } };
  },
);
