import type { StoredChange } from '../changes/evaluate';
import { isReviewed } from '../changes/update-visibility';
import { ApiError } from '../errors';
import type { ChangeSetRow } from '../store/change-sets';

/**
 * Entity locks as AWS's guide for container products describes them ("Making multiple change requests
 * simultaneously"): an APPLYING change set blocks its entities; one that is PREPARING blocks only a
 * request with the same change type on the same entity, so a different kind of request may still start.
 * A request with Seller Operations (UpdateVisibility) blocks every request on its product, in any status.
 */
export function lockConflict(open: ChangeSetRow[], changes: StoredChange[]): ApiError | undefined {
  for (const row of open) {
    const held = row.changes as StoredChange[];
    const reviewed = held.filter(isReviewed).map((h) => h.entityId);
    const clash = changes.find(
      (c) =>
        reviewed.includes(c.entityId) ||
        (row.status === 'APPLYING'
          ? row.entityIds.includes(c.entityId)
          : held.some((h) => h.entityId === c.entityId && h.ChangeType === c.ChangeType)),
    );
    if (!clash) continue;
    const why = reviewed.includes(clash.entityId)
      ? `change set ${row.changeSetId} is with AWS Marketplace Seller Operations for review (UpdateVisibility)`
      : row.status === 'APPLYING'
        ? `change set ${row.changeSetId} is APPLYING changes to it`
        : `change set ${row.changeSetId} already has a ${clash.ChangeType} change on it (PREPARING)`;
    return new ApiError(
      'ResourceInUseException',
      `The entity ${clash.entityId} is locked: ${why}. Wait until it completes.`,
    );
  }
  return undefined;
}
