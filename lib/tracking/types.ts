import type { ExplainedError } from './explain';

/** What the browser receives about change sets (JSON DTOs; never database rows or SDK shapes). */
export interface ChangeSetListItem {
  id: string;
  name: string;
  status: string;
  failureCode: string | null;
  startTime: string | null;
  endTime: string | null;
  entityIds: string[];
  productTitle: string | null;
  changeTypes: string[];
  submitter: { id: string; name: string } | null;
  draftId: string | null;
}

export interface ChangeView {
  index: number;
  changeType: string;
  changeName?: string;
  entityType: string;
  entityId: string;
  details: unknown;
  errors: ExplainedError[];
}

export interface ChangeSetView extends ChangeSetListItem {
  arn: string;
  intent?: string;
  failureDescription?: string;
  events: { status: string; observedAt: string }[];
  /** Undefined until DescribeChangeSet has been read once. */
  changes?: ChangeView[];
  /** The console kept the submitted request, so the same content can be submitted again. */
  canResubmit: boolean;
  /** After a SERVER_FAULT: the change set that submitted the same request again, once it exists. */
  resubmittedAs?: string | null;
  detailFetchedAt: string | null;
  /** Ended, and DescribeChangeSet has been read since: nothing about it can change any more. */
  isFinal: boolean;
}

/** Why stored data is shown instead of a fresh Catalog API answer. */
export type StaleReason = 'timeout' | 'throttled' | 'unavailable';

export interface TrackingMeta {
  /** When the console last heard from the Catalog API about what is shown. */
  lastUpdated: string | null;
  /** The last Catalog API read failed; what is shown is the stored data. */
  retrying: boolean;
  reason?: StaleReason;
  retryAt?: string;
  message?: string;
}

export interface ChangeSetListResponse {
  items: ChangeSetListItem[];
  page: number;
  pageSize: number;
  hasMore: boolean;
  tracking: TrackingMeta;
}

export interface ChangeSetResponse {
  item: ChangeSetView;
  tracking: TrackingMeta;
}
