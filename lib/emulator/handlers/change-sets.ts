import { and, eq } from 'drizzle-orm';
import { emuChangeSet } from '@/lib/db/schema';
import type { StoredChange } from '../changes/evaluate';
import { ApiError, notFound } from '../errors';
import type { ChangeSetRow } from '../store/change-sets';
import { changeSetArn, isoDate } from '../wire';
import type { OpContext, OpHandler } from './context';
import { RESOURCE_ID_RE, reqString, requireCatalog } from './validate';

async function load(ctx: OpContext): Promise<ChangeSetRow> {
  requireCatalog(ctx.query.get('catalog') ?? undefined, 'catalog');
  const id = reqString(ctx.query.get('changeSetId') ?? undefined, 'changeSetId', 1, 255, RESOURCE_ID_RE);
  const row = await ctx.engine.current(id);
  if (!row || row.accountId !== ctx.accountId) throw notFound(`Change set with id '${id}' was not found.`);
  return row;
}

/** DescribeChangeSet: the change set with each change's Details, DetailsDocument and ErrorDetailList. */
export const describeChangeSet: OpHandler = async (ctx) => {
  const row = await load(ctx);
  return {
    ChangeSetId: row.changeSetId,
    ChangeSetArn: changeSetArn(row.changeSetId, row.accountId),
    ChangeSetName: row.name,
    Intent: row.intent,
    StartTime: isoDate(row.startTime),
    ...(row.endTime ? { EndTime: isoDate(row.endTime) } : {}),
    Status: row.status,
    ...(row.failureCode ? { FailureCode: row.failureCode } : {}),
    ...(row.failureDescription ? { FailureDescription: row.failureDescription } : {}),
    ChangeSet: (row.changes as StoredChange[]).map((c) => ({
      ChangeType: c.ChangeType,
      ...(c.ChangeName ? { ChangeName: c.ChangeName } : {}),
      Entity: c.Entity,
      Details: c.Details,
      DetailsDocument: c.DetailsDocument,
      ErrorDetailList: c.ErrorDetailList ?? [],
    })),
  };
};

/** CancelChangeSet: only while PREPARING ("Changes can only be canceled while in the PREPARING status"). */
export const cancelChangeSet: OpHandler = async (ctx) => {
  const row = await load(ctx);
  const updated = await ctx.db
    .update(emuChangeSet)
    .set({ status: 'CANCELLED', endTime: new Date(), nextAt: null })
    .where(and(eq(emuChangeSet.changeSetId, row.changeSetId), eq(emuChangeSet.status, 'PREPARING')))
    .returning({ id: emuChangeSet.changeSetId });
  if (!updated.length) {
    // The status may have moved on between the read and the update; report what it is now.
    const now = (await ctx.engine.current(row.changeSetId)) ?? row;
    throw new ApiError(
      'ResourceInUseException',
      `Change set ${row.changeSetId} is ${now.status} and can no longer be cancelled. Only PREPARING change sets can be cancelled.`,
    );
  }
  return { ChangeSetId: row.changeSetId, ChangeSetArn: changeSetArn(row.changeSetId, row.accountId) };
};
