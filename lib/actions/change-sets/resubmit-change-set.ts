'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { resubmitFailedChangeSet } from '@/lib/server/change-sets/resubmit';
import { changeSetIdSchema } from '@/lib/tracking/action-schemas';
import { invalidateChangeSetReads } from '@/lib/tracking/load';
import { getTracker } from '@/lib/tracking/tracker';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/**
 * After a SERVER_FAULT: submits the stored request again, exactly once per failed change set
 * (every caller gets the same new change set; see resubmitFailedChangeSet).
 */
export const resubmitChangeSetAction = defineAction(
  { name: 'resubmit-change-set', permission: 'changeset:submit', schema: changeSetIdSchema },
  async ({ changeSetId }, { user }): Promise<ActionResult<{ changeSetId: string }>> => {
    const db = getDb();
    const started = await resubmitFailedChangeSet(db, changeSetId);
    if (!started.isNew) return { ok: true, data: { changeSetId: started.changeSetId } };
    await createAuditEntry(db, {
      actorId: user.id,
      action: 'resubmit-change-set',
      target: changeSetId,
      outcome: 'ok',
      details: { newChangeSetId: started.changeSetId },
    });
    await getTracker()
      .refreshNow(db, started.changeSetId)
      .catch(() => undefined);
    invalidateChangeSetReads(changeSetId);
    revalidatePath('/change-sets');
    return { ok: true, data: { changeSetId: started.changeSetId } };
  },
);
