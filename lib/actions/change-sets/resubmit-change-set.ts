'use server';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { startChangeSet } from '@/lib/catalog/change-sets';
import type { StartChangeSetRequest } from '@/lib/policy';
import type { ChangeSetDetail } from '@/lib/catalog/types';
import { getDb } from '@/lib/db/runtime';
import { getChangeSetRecord, updateChangeSetSubmission } from '@/lib/db/queries/change-sets';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { changeSetIdSchema } from '@/lib/tracking/action-schemas';
import { invalidateChangeSetReads } from '@/lib/tracking/load';
import { getTracker } from '@/lib/tracking/tracker';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/**
 * After a SERVER_FAULT (AWS's own failure), starts a new change set with exactly the stored request
 * and a new ClientRequestToken, so AWS treats it as a new attempt rather than a replay.
 */
export const resubmitChangeSetAction = defineAction(
  { name: 'resubmit-change-set', permission: 'changeset:submit', schema: changeSetIdSchema },
  async ({ changeSetId }, { user }): Promise<ActionResult<{ changeSetId: string }>> => {
    const db = getDb();
    const rec = await getChangeSetRecord(db, changeSetId);
    if (!rec) return { ok: false, formError: 'There is no change set with that id.', code: 'NOT_FOUND' };
    if (rec.record.status !== 'FAILED' || rec.record.failureCode !== 'SERVER_FAULT') {
      return {
        ok: false,
        formError: 'Only a change set that failed with SERVER_FAULT can be submitted again unchanged.',
      };
    }
    const request = storedRequest(
      rec.submission?.request,
      rec.record.detail as ChangeSetDetail | null,
      rec.record.name,
    );
    if (!request)
      return {
        ok: false,
        formError: 'The console did not keep this change set’s request, so it cannot be submitted again.',
      };
    const started = await startChangeSet(request, randomUUID());
    if (rec.submission?.id) await updateChangeSetSubmission(db, started.id, rec.submission.id);
    await createAuditEntry(db, {
      actorId: user.id,
      action: 'resubmit-change-set',
      target: changeSetId,
      outcome: 'ok',
      details: { newChangeSetId: started.id },
    });
    await getTracker()
      .refreshNow(db, started.id)
      .catch(() => undefined);
    invalidateChangeSetReads(changeSetId);
    revalidatePath('/change-sets');
    return { ok: true, data: { changeSetId: started.id } };
  },
);

function storedRequest(
  submitted: unknown,
  detail: ChangeSetDetail | null,
  name: string,
): StartChangeSetRequest | undefined {
  if (
    submitted &&
    typeof submitted === 'object' &&
    Array.isArray((submitted as StartChangeSetRequest).ChangeSet)
  ) {
    const { ClientRequestToken: _token, ...rest } = submitted as StartChangeSetRequest & {
      ClientRequestToken?: string;
    };
    return { ...rest, Catalog: 'AWSMarketplace' };
  }
  if (!detail?.changes.length) return undefined;
  return {
    Catalog: 'AWSMarketplace',
    ...(name ? { ChangeSetName: name } : {}),
    ChangeSet: detail.changes.map((c) => ({
      ChangeType: c.changeType,
      ...(c.changeName ? { ChangeName: c.changeName } : {}),
      // Without the revision, AWS applies the change to the entity's latest revision.
      Entity: { Type: c.entityType, Identifier: c.entityId.split('@')[0] },
      DetailsDocument: c.details,
    })),
  };
}
