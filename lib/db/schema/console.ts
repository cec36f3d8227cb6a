import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const now = (name: string) => timestamp(name, { withTimezone: true }).defaultNow().notNull();

/** Wizard drafts. `revision` makes every save a compare-and-set. */
export const draft = pgTable(
  'draft',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: text('product_id').notNull(),
    productTitle: text('product_title').notNull().default(''),
    changeType: text('change_type').notNull(),
    title: text('title').notNull().default(''),
    data: jsonb('data')
      .notNull()
      .default(sql`'{}'::jsonb`),
    revision: integer('revision').notNull().default(1),
    /** Counts of the last checklist evaluation: { passed, failed, warnings, manual }. */
    checklist: jsonb('checklist')
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Manual rule attestations: { [ruleId]: { by, byName, at } }. */
    attestations: jsonb('attestations')
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Helm chart analyses per delivery option key: { filename, size, sha256, analysedAt, analysedBy, analysis } (see lib/draft/charts.ts). */
    charts: jsonb('charts')
      .notNull()
      .default(sql`'{}'::jsonb`),
    status: text('status').notNull().default('open'),
    authorId: text('author_id').notNull(),
    updatedBy: text('updated_by').notNull(),
    createdAt: now('created_at'),
    updatedAt: now('updated_at'),
  },
  (t) => [index('draft_product_idx').on(t.productId), index('draft_updated_idx').on(t.updatedAt)],
);

/** One row per submission intent, written before StartChangeSet is called. */
export const submission = pgTable(
  'submission',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id').notNull(),
    draftRevision: integer('draft_revision').notNull(),
    productId: text('product_id').notNull(),
    clientRequestToken: text('client_request_token').notNull(),
    /** pending → submitted | failed | unknown */
    state: text('state').notNull().default('pending'),
    changeSetId: text('change_set_id'),
    request: jsonb('request').notNull(),
    error: text('error'),
    submittedBy: text('submitted_by').notNull(),
    createdAt: now('created_at'),
    updatedAt: now('updated_at'),
  },
  (t) => [
    uniqueIndex('submission_draft_revision_uq').on(t.draftId, t.draftRevision),
    uniqueIndex('submission_token_uq').on(t.clientRequestToken),
    index('submission_change_set_idx').on(t.changeSetId),
  ],
);

/** The console's own record of every change set it has seen; outlives AWS's 60-day window. */
export const changeSetRecord = pgTable(
  'change_set_record',
  {
    changeSetId: text('change_set_id').primaryKey(),
    changeSetArn: text('change_set_arn').notNull().default(''),
    name: text('name').notNull().default(''),
    status: text('status').notNull(),
    failureCode: text('failure_code'),
    entityIds: jsonb('entity_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    changeTypes: jsonb('change_types')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    startTime: text('start_time'),
    endTime: text('end_time'),
    /** The last DescribeChangeSet answer, kept for history. */
    detail: jsonb('detail'),
    submissionId: uuid('submission_id'),
    lastObservedAt: now('last_observed_at'),
    detailFetchedAt: timestamp('detail_fetched_at', { withTimezone: true }),
  },
  (t) => [index('change_set_status_idx').on(t.status), index('change_set_start_idx').on(t.startTime)],
);

/** Every status the console observed for a change set, with when. */
export const changeSetEvent = pgTable(
  'change_set_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    changeSetId: text('change_set_id').notNull(),
    status: text('status').notNull(),
    observedAt: now('observed_at'),
  },
  (t) => [uniqueIndex('change_set_event_uq').on(t.changeSetId, t.status)],
);

export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: now('created_at'),
  },
  (t) => [index('notification_user_idx').on(t.userId, t.createdAt)],
);

/** Console-wide settings edited on the Settings page (webhook URL and so on). */
export const setting = pgTable('setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: text('updated_by'),
  updatedAt: now('updated_at'),
});

/** Append-only record of state-changing actions and denied attempts. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: now('at'),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    target: text('target'),
    outcome: text('outcome').notNull(),
    details: jsonb('details')
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** The hash of the entry before this one ('' for the first): the chain `wharf audit verify` checks. */
    prevHash: text('prev_hash').notNull().default(''),
    /** sha256 of this entry's canonical content and prevHash. */
    hash: text('hash').notNull().default(''),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_actor_idx').on(t.actorId)],
);

/**
 * Short leases and cursors of change-set tracking, shared by every console instance on one
 * database: whoever takes a lease makes the Catalog API call; the others read what it stored.
 */
export const trackingLease = pgTable('tracking_lease', {
  name: text('name').primaryKey(),
  heldUntil: timestamp('held_until', { withTimezone: true }).notNull(),
  value: jsonb('value'),
});

/** A reviewer's verdict on one revision of a draft (the Reviews page). */
export const draftReview = pgTable(
  'draft_review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id').notNull(),
    draftRevision: integer('draft_revision').notNull(),
    /** approved | changes-requested */
    verdict: text('verdict').notNull(),
    comment: text('comment').notNull().default(''),
    reviewerId: text('reviewer_id').notNull(),
    reviewerName: text('reviewer_name').notNull().default(''),
    /** sha256 of the revision's request content when the verdict was given (lib/reviews/content-hash.ts). */
    contentHash: text('content_hash').notNull().default(''),
    createdAt: now('created_at'),
  },
  (t) => [index('draft_review_draft_idx').on(t.draftId, t.createdAt)],
);

/** A product manager's request that reviewers read one revision of a draft. */
export const draftReviewRequest = pgTable(
  'draft_review_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id').notNull(),
    draftRevision: integer('draft_revision').notNull(),
    contentHash: text('content_hash').notNull().default(''),
    note: text('note').notNull().default(''),
    requestedBy: text('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull().default(''),
    createdAt: now('created_at'),
  },
  (t) => [index('draft_review_request_draft_idx').on(t.draftId, t.createdAt)],
);
