'use server';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { startChangeSet, type StartChangeSetRequest } from '@/lib/catalog/change-sets';
import type { ChangeSetDetail } from '@/lib/catalog/types';
import { getDb } from '@/lib/db/runtime';
import { getChangeSetRecord, updateChangeSetSubmission } from '@/lib/db/queries/change-sets';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { changeSetIdSchema } from '@/lib/tracking/action-schemas';
import { invalidateChangeSetReads } from '@/lib/tracking/load';
import { getTracker } from '@/lib/tracking/tracker';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

/**
 * After a SERVER_FAULT (AWS's own failure), starts a new change set with exactly the stored request
 * and a new ClientRequestToken, so AWS treats it as a new attempt rather than a replay.
 */
export async function resubmitChangeSetAction(
  input: unknown,
): Promise<ActionResult<{ changeSetId: string }>> {
  try {
    const user = await requirePermission('changeset:submit', 'resubmit-change-set');
    const parsed = changeSetIdSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const db = getDb();
    const rec = await getChangeSetRecord(db, parsed.data.changeSetId);
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
      target: parsed.data.changeSetId,
      outcome: 'ok',
      details: { newChangeSetId: started.id },
    });
    await getTracker()
      .refreshNow(db, started.id)
      .catch(() => undefined);
    invalidateChangeSetReads(parsed.data.changeSetId);
    revalidatePath('/change-sets');
    return { ok: true, data: { changeSetId: started.id } };
  } catch (err) {
    return failure(err, 'resubmit-change-set');
  }
}

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
