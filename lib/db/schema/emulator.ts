import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/*
 * Tables of the local Catalog API service (lib/emulator). They are the emulator's "AWS side" and are
 * never read by the console directly: the console sees them only through the SDK over HTTP.
 * Queryable fields live in indexed columns so ListEntities / ListChangeSets filter and page in SQL.
 */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One Catalog entity (ContainerProduct). `details` is the DescribeEntity DetailsDocument. */
export const emuEntity = pgTable(
  'emu_entity',
  {
    entityId: text('entity_id').primaryKey(),
    entityType: text('entity_type').notNull(),
    accountId: text('account_id').notNull(),
    title: text('title'),
    visibility: text('visibility').notNull(),
    revision: integer('revision').notNull().default(1),
    /** Sorted, comma-joined services of all delivery options (EntityTypeSort CompatibleAWSServices). */
    services: text('services').notNull().default(''),
    details: jsonb('details').notNull(),
    lastModified: ts('last_modified').notNull(),
  },
  (t) => [
    index('emu_entity_type_modified_idx').on(t.entityType, t.lastModified, t.entityId),
    index('emu_entity_type_title_idx').on(t.entityType, t.title),
    index('emu_entity_type_visibility_idx').on(t.entityType, t.visibility),
  ],
);

/**
 * One change set. Status is advanced by the engine from `nextAt` (the due time of the next transition)
 * with conditional updates, so several processes on one database apply each transition once.
 */
export const emuChangeSet = pgTable(
  'emu_change_set',
  {
    changeSetId: text('change_set_id').primaryKey(),
    accountId: text('account_id').notNull(),
    name: text('name').notNull(),
    intent: text('intent').notNull().default('APPLY'),
    status: text('status').notNull(),
    failureCode: text('failure_code'),
    failureDescription: text('failure_description'),
    entityIds: text('entity_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Resolved changes as echoed by DescribeChangeSet, each with its ErrorDetailList. */
    changes: jsonb('changes').notNull(),
    clientToken: text('client_token'),
    requestHash: text('request_hash'),
    stepMs: integer('step_ms').notNull(),
    startTime: ts('start_time').notNull(),
    endTime: ts('end_time'),
    nextAt: ts('next_at'),
  },
  (t) => [
    index('emu_cs_start_idx').on(t.startTime, t.changeSetId),
    index('emu_cs_end_idx').on(t.endTime, t.changeSetId),
    index('emu_cs_status_idx').on(t.status, t.startTime),
    index('emu_cs_name_idx').on(t.name),
    index('emu_cs_entity_ids_idx').using('gin', t.entityIds),
    index('emu_cs_next_idx')
      .on(t.nextAt)
      .where(sql`${t.nextAt} is not null`),
    uniqueIndex('emu_cs_token_uq').on(t.accountId, t.clientToken),
  ],
);

/** Image tags pushed to the seller's Marketplace ECR repositories (the simulated registry). */
export const emuImage = pgTable(
  'emu_image',
  {
    repository: text('repository').notNull(),
    tag: text('tag').notNull(),
    digest: text('digest').notNull(),
    vulnerable: boolean('vulnerable').notNull().default(false),
    pushedAt: ts('pushed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.repository, t.tag] })],
);

/** Tags on entities and change sets (TagResource / ListTagsForResource). */
export const emuTag = pgTable(
  'emu_tag',
  {
    resourceArn: text('resource_arn').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceArn, t.key] })],
);

/** Resource policies on entities (PutResourcePolicy / GetResourcePolicy / DeleteResourcePolicy). */
export const emuResourcePolicy = pgTable('emu_resource_policy', {
  resourceArn: text('resource_arn').primaryKey(),
  policy: text('policy').notNull(),
});
