import 'server-only';
import {
  CancelChangeSetCommand,
  DescribeChangeSetCommand,
  ListChangeSetsCommand,
  StartChangeSetCommand,
  type Filter,
} from '@aws-sdk/client-marketplace-catalog';
import { callOptions, getCatalogClient, getSingleAttemptCatalogClient } from './client';
import { toAppError } from './errors';
import type { StartChangeSetRequest } from '@/lib/policy';
import type { ChangeSetDetail, ChangeSetStatus, ChangeSetSummary } from './types';

/**
 * No whole-call deadline here, unlike the reads: a timed-out submission may still have reached AWS,
 * so each attempt times out on its own and the SDK retries it with the same ClientRequestToken.
 */
export async function startChangeSet(request: StartChangeSetRequest, clientRequestToken: string) {
  try {
    const out = await getCatalogClient().send(
      new StartChangeSetCommand({
        ...request,
        ChangeSet: request.ChangeSet as never,
        ClientRequestToken: clientRequestToken,
      }),
    );
    return { id: out.ChangeSetId ?? '', arn: out.ChangeSetArn ?? '' };
  } catch (err) {
    throw toAppError(err, 'Submitting the change set');
  }
}

/** `singleAttempt`: no SDK retries (change-set tracking paces and retries calls itself). */
export async function describeChangeSet(
  changeSetId: string,
  opts: { singleAttempt?: boolean } = {},
): Promise<ChangeSetDetail> {
  try {
    const out = await (opts.singleAttempt ? getSingleAttemptCatalogClient() : getCatalogClient()).send(
      new DescribeChangeSetCommand({ Catalog: 'AWSMarketplace', ChangeSetId: changeSetId }),
      callOptions(),
    );
    return {
      id: out.ChangeSetId ?? changeSetId,
      arn: out.ChangeSetArn ?? '',
      name: out.ChangeSetName ?? '',
      status: (out.Status ?? 'PREPARING') as ChangeSetStatus,
      failureCode: out.FailureCode,
      failureDescription: out.FailureDescription,
      intent: out.Intent,
      startTime: out.StartTime,
      endTime: out.EndTime,
      entityIds: [
        ...new Set((out.ChangeSet ?? []).map((c) => (c.Entity?.Identifier ?? '').split('@')[0] ?? '')),
      ].filter(Boolean),
      changes: (out.ChangeSet ?? []).map((c) => ({
        changeType: c.ChangeType ?? '',
        changeName: c.ChangeName,
        entityType: c.Entity?.Type ?? '',
        entityId: c.Entity?.Identifier ?? '',
        details: c.DetailsDocument ?? safeJson(c.Details),
        errors: (c.ErrorDetailList ?? []).map((e) => ({
          code: e.ErrorCode ?? '',
          message: e.ErrorMessage ?? '',
        })),
      })),
    };
  } catch (err) {
    throw toAppError(err, 'Loading the change set');
  }
}

export interface ListChangeSetsInput {
  statuses?: ChangeSetStatus[];
  entityId?: string;
  name?: string;
  afterStartTime?: string;
  beforeStartTime?: string;
  nextToken?: string;
  pageSize?: number;
  sortBy?: 'StartTime' | 'EndTime';
  sortOrder?: 'ASCENDING' | 'DESCENDING';
  /** No SDK retries (change-set tracking paces and retries calls itself). */
  singleAttempt?: boolean;
}

export async function listChangeSets(
  input: ListChangeSetsInput = {},
): Promise<{ items: ChangeSetSummary[]; nextToken?: string }> {
  const filters: Filter[] = [];
  if (input.statuses?.length) filters.push({ Name: 'Status', ValueList: input.statuses });
  if (input.entityId) filters.push({ Name: 'EntityId', ValueList: [input.entityId] });
  if (input.name) filters.push({ Name: 'ChangeSetName', ValueList: [input.name] });
  if (input.afterStartTime) filters.push({ Name: 'AfterStartTime', ValueList: [input.afterStartTime] });
  if (input.beforeStartTime) filters.push({ Name: 'BeforeStartTime', ValueList: [input.beforeStartTime] });
  try {
    const out = await (input.singleAttempt ? getSingleAttemptCatalogClient() : getCatalogClient()).send(
      new ListChangeSetsCommand({
        Catalog: 'AWSMarketplace',
        FilterList: filters.length ? filters : undefined,
        Sort: { SortBy: input.sortBy ?? 'StartTime', SortOrder: input.sortOrder ?? 'DESCENDING' },
        MaxResults: input.pageSize ?? 20,
        NextToken: input.nextToken || undefined,
      }),
      callOptions(),
    );
    return {
      items: (out.ChangeSetSummaryList ?? []).map((s) => ({
        id: s.ChangeSetId ?? '',
        arn: s.ChangeSetArn ?? '',
        name: s.ChangeSetName ?? '',
        status: (s.Status ?? 'PREPARING') as ChangeSetStatus,
        failureCode: s.FailureCode,
        startTime: s.StartTime,
        endTime: s.EndTime,
        entityIds: s.EntityIdList ?? [],
      })),
      nextToken: out.NextToken || undefined,
    };
  } catch (err) {
    throw toAppError(err, 'Listing change sets');
  }
}

export async function cancelChangeSet(changeSetId: string): Promise<void> {
  try {
    await getCatalogClient().send(
      new CancelChangeSetCommand({ Catalog: 'AWSMarketplace', ChangeSetId: changeSetId }),
      callOptions(),
    );
  } catch (err) {
    throw toAppError(err, 'Cancelling the change set');
  }
}

function safeJson(s: string | undefined): unknown {
  if (!s) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}
