import 'server-only';
import { startChangeSet } from '@/lib/catalog/change-sets';
import type { ChangeSetDetail } from '@/lib/catalog/types';
import type { Db } from '@/lib/db/client';
import { getChangeSetRecord, updateChangeSetSubmission } from '@/lib/db/queries/change-sets';
import { getResubmissionOf } from '@/lib/db/queries/draft-history';
import { AppError } from '@/lib/errors';
import type { StartChangeSetRequest } from '@/lib/policy';
import { resubmitToken } from '@/lib/tracking/resubmit-token';

/**
 * After a SERVER_FAULT (AWS's own failure), starts a new change set with exactly the stored request,
 * once per failed change set: the ClientRequestToken is derived from the failed change set's id, so
 * every click, tab and console instance gets the one change set AWS started for it.
 */
export async function resubmitFailedChangeSet(
  db: Db,
  changeSetId: string,
): Promise<{ changeSetId: string; isNew: boolean }> {
  const rec = await getChangeSetRecord(db, changeSetId);
  if (!rec) throw new AppError('NOT_FOUND', 'There is no change set with that id.');
  if (rec.record.status !== 'FAILED' || rec.record.failureCode !== 'SERVER_FAULT') {
    throw new AppError(
      'INVALID_INPUT',
      'Only a change set that failed with SERVER_FAULT can be submitted again unchanged.',
    );
  }
  const submissionId = rec.submission?.id;
  const earlier = submissionId ? await getResubmissionOf(db, { changeSetId, submissionId }) : undefined;
  if (earlier) return { changeSetId: earlier, isNew: false };
  const request = storedRequest(
    rec.submission?.request,
    rec.record.detail as ChangeSetDetail | null,
    rec.record.name,
  );
  if (!request)
    throw new AppError(
      'INVALID_INPUT',
      'The console did not keep this change set’s request, so it cannot be submitted again.',
    );
  const started = await startChangeSet(request, resubmitToken(changeSetId));
  if (submissionId) await updateChangeSetSubmission(db, started.id, submissionId);
  return { changeSetId: started.id, isNew: true };
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
