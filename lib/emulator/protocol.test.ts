import {
  AccessDeniedException,
  BatchDescribeEntitiesCommand,
  DescribeEntityCommand,
  InternalServiceException,
  ListAssessmentsCommand,
  ListChangeSetsCommand,
  ListEntitiesCommand,
  ListTagsForResourceCommand,
  DescribeAssessmentCommand,
  ResourceNotFoundException,
  ResourceNotSupportedException,
  TagResourceCommand,
  ThrottlingException,
  UntagResourceCommand,
  ValidationException,
} from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  SEED_ACCOUNT_ID,
  SEED_CHANGE_SET_FAILED,
  SEED_DRAFT_PRODUCT_ID,
  SEED_LIMITED_PRODUCT_ID,
  SEED_PRODUCT_ID,
} from './seed';
import { failure, harness, sdkClient, type Harness } from './testing';

/* Wire protocol and the read-side operations, through the real SDK client over HTTP. */
let h: Harness;
const C = 'AWSMarketplace';
const productArn = `arn:aws:aws-marketplace:us-east-1:${SEED_ACCOUNT_ID}:AWSMarketplace/ContainerProduct/${SEED_PRODUCT_ID}`;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

test('errors carry the bare name in x-amzn-ErrorType, a JSON Message and a request id', async () => {
  const res = await fetch(
    `${h.emulator.url}/DescribeEntity?catalog=AWSMarketplace&entityId=prod-doesnotexist00`,
  );
  expect(res.status).toBe(404);
  expect(res.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
  expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.headers.get('content-type')).toBe('application/json');
  expect(((await res.json()) as { Message: string }).Message).toContain('prod-doesnotexist00');
  const unknown = await fetch(`${h.emulator.url}/NoSuchOperation`, { method: 'POST', body: '{}' });
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toHaveProperty('Message');
  const badJson = await fetch(`${h.emulator.url}/ListEntities`, { method: 'POST', body: '{not json' });
  expect(badJson.status).toBe(422);
  expect(badJson.headers.get('x-amzn-errortype')).toBe('ValidationException');
});

test('DescribeEntity returns the versioned type, Id@Revision, Details string and document, 20-char dates', async () => {
  const out = await h.client.send(new DescribeEntityCommand({ Catalog: C, EntityId: SEED_PRODUCT_ID }));
  expect(out.EntityType).toBe('ContainerProduct@1.0');
  expect(out.EntityIdentifier).toBe(`${SEED_PRODUCT_ID}@7`);
  expect(out.EntityArn).toBe(productArn);
  expect(out.LastModifiedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(JSON.parse(out.Details!)).toEqual(out.DetailsDocument);
  const doc = out.DetailsDocument as {
    Description: { ProductTitle: string; Manufacturer: string };
    Versions: { DeliveryOptions: { Type: string; Visibility: string }[] }[];
    Repositories: { Url: string }[];
  };
  expect(doc.Description).toMatchObject({
    ProductTitle: 'ClairAI Observability Platform',
    Manufacturer: 'Info Services',
  });
  expect(doc.Repositories.map((r) => r.Url)).toContain(
    '709825985650.dkr.ecr.us-east-1.amazonaws.com/info-services/clairai',
  );
  const options = doc.Versions.flatMap((v) => v.DeliveryOptions).map((o) => `${o.Type}:${o.Visibility}`);
  expect(options).toEqual(
    expect.arrayContaining(['Helm:Public', 'ElasticContainerRegistry:Public', 'EksAddOn:Limited']),
  );
});

test('DescribeEntity errors: ResourceNotFound 404, ResourceNotSupported 415, Validation 422, AccessDenied 403', async () => {
  const missing = await failure(
    h.client.send(new DescribeEntityCommand({ Catalog: C, EntityId: 'prod-doesnotexist00' })),
  );
  expect(missing).toBeInstanceOf(ResourceNotFoundException);
  expect(missing.$metadata?.httpStatusCode).toBe(404);
  const offer = await failure(
    h.client.send(new DescribeEntityCommand({ Catalog: C, EntityId: 'offer-abcdefghijklm' })),
  );
  expect(offer).toBeInstanceOf(ResourceNotSupportedException);
  expect(offer.$metadata?.httpStatusCode).toBe(415);
  const catalog = await failure(
    h.client.send(new DescribeEntityCommand({ Catalog: 'Other', EntityId: SEED_PRODUCT_ID })),
  );
  expect(catalog).toBeInstanceOf(ValidationException);
  expect(catalog.$metadata?.httpStatusCode).toBe(422);
  expect(catalog.ValidationExceptionFieldList).toEqual([
    expect.objectContaining({ Field: 'catalog', Reason: 'FieldValidationFailed' }),
  ]);
  const denied = sdkClient(h.emulator.url, { accessKeyId: 'DENIED-KEY' });
  const e = await failure(denied.send(new DescribeEntityCommand({ Catalog: C, EntityId: SEED_PRODUCT_ID })));
  expect(e).toBeInstanceOf(AccessDeniedException);
  expect(e.$metadata?.httpStatusCode).toBe(403);
  denied.destroy();
});

test('ListEntities lists the seeded products, filters, sorts and pages', async () => {
  const all = await h.client.send(new ListEntitiesCommand({ Catalog: C, EntityType: 'ContainerProduct' }));
  expect(all.EntitySummaryList?.map((e) => e.EntityId)).toEqual([
    SEED_PRODUCT_ID,
    SEED_LIMITED_PRODUCT_ID,
    SEED_DRAFT_PRODUCT_ID,
  ]);
  expect(all.EntitySummaryList?.[0]).toMatchObject({
    Name: 'ClairAI Observability Platform',
    EntityType: 'ContainerProduct',
    Visibility: 'Public',
    ContainerProductSummary: { Visibility: 'Public' },
  });
  expect(all.NextToken).toBeUndefined();
  const page1 = await h.client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      MaxResults: 1,
      Sort: { SortBy: 'EntityId', SortOrder: 'ASCENDING' },
    }),
  );
  expect(page1.EntitySummaryList?.map((e) => e.EntityId)).toEqual([SEED_PRODUCT_ID]);
  const page2 = await h.client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      MaxResults: 1,
      Sort: { SortBy: 'EntityId', SortOrder: 'ASCENDING' },
      NextToken: page1.NextToken,
    }),
  );
  expect(page2.EntitySummaryList?.map((e) => e.EntityId)).toEqual([SEED_DRAFT_PRODUCT_ID]);
  const page3 = await h.client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      MaxResults: 1,
      Sort: { SortBy: 'EntityId', SortOrder: 'ASCENDING' },
      NextToken: page2.NextToken,
    }),
  );
  expect(page3.EntitySummaryList?.map((e) => e.EntityId)).toEqual([SEED_LIMITED_PRODUCT_ID]);
  expect(page3.NextToken).toBeUndefined();
  const byId = await h.client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      FilterList: [{ Name: 'EntityId', ValueList: [SEED_DRAFT_PRODUCT_ID] }],
    }),
  );
  expect(byId.EntitySummaryList?.map((e) => e.EntityId)).toEqual([SEED_DRAFT_PRODUCT_ID]);
  const filtered = await h.client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      EntityTypeFilters: {
        ContainerProductFilters: {
          ProductTitle: { WildCardValue: 'observ' },
          Visibility: { ValueList: ['Public', 'Limited'] },
          LastModifiedDate: { DateRange: { AfterValue: '2020-01-01T00:00:00Z' } },
        },
      },
      EntityTypeSort: { ContainerProductSort: { SortBy: 'ProductTitle', SortOrder: 'ASCENDING' } },
    }),
  );
  expect(filtered.EntitySummaryList?.map((e) => e.EntityId)).toEqual([SEED_PRODUCT_ID]);
  const drafts = await h.client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      EntityTypeFilters: { ContainerProductFilters: { Visibility: { ValueList: ['Draft'] } } },
    }),
  );
  expect(drafts.EntitySummaryList?.map((e) => e.EntityId)).toEqual([SEED_DRAFT_PRODUCT_ID]);
  const future = await h.client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      EntityTypeFilters: {
        ContainerProductFilters: { LastModifiedDate: { DateRange: { AfterValue: '2099-01-01T00:00:00Z' } } },
      },
    }),
  );
  expect(future.EntitySummaryList).toEqual([]);
  const offers = await h.client.send(new ListEntitiesCommand({ Catalog: C, EntityType: 'Offer' }));
  expect(offers.EntitySummaryList).toEqual([]);
});

test('ListEntities validation: versioned type, MaxResults > 50, foreign token', async () => {
  for (const input of [
    { EntityType: 'ContainerProduct@1.0' },
    { EntityType: 'ContainerProduct', MaxResults: 51 },
    { EntityType: 'ContainerProduct', NextToken: 'Zm9yZ2Vk' },
    {
      EntityType: 'ContainerProduct',
      Sort: { SortBy: 'EntityId' },
      EntityTypeSort: { ContainerProductSort: { SortBy: 'EntityId' } },
    },
  ] as const) {
    const e = await failure(h.client.send(new ListEntitiesCommand({ Catalog: C, ...input })));
    expect(e).toBeInstanceOf(ValidationException);
  }
});

test('BatchDescribeEntities returns details and per-entity errors', async () => {
  const out = await h.client.send(
    new BatchDescribeEntitiesCommand({
      EntityRequestList: [
        { Catalog: C, EntityId: SEED_PRODUCT_ID },
        { Catalog: C, EntityId: 'prod-missing000000' },
      ],
    }),
  );
  expect(out.EntityDetails?.[SEED_PRODUCT_ID]).toMatchObject({
    EntityType: 'ContainerProduct@1.0',
    EntityIdentifier: `${SEED_PRODUCT_ID}@7`,
  });
  expect(out.Errors?.['prod-missing000000']?.ErrorCode).toBe('ResourceNotFound');
  const e = await failure(h.client.send(new BatchDescribeEntitiesCommand({ EntityRequestList: [] })));
  expect(e).toBeInstanceOf(ValidationException);
});

test('ListChangeSets filters by status, entity, name and time, sorts and pages', async () => {
  const all = await h.client.send(new ListChangeSetsCommand({ Catalog: C }));
  expect(all.ChangeSetSummaryList).toHaveLength(5);
  const failed = await h.client.send(
    new ListChangeSetsCommand({ Catalog: C, FilterList: [{ Name: 'Status', ValueList: ['FAILED'] }] }),
  );
  expect(failed.ChangeSetSummaryList?.map((c) => [c.ChangeSetId, c.FailureCode, c.EntityIdList])).toEqual([
    [SEED_CHANGE_SET_FAILED, 'CLIENT_ERROR', [SEED_PRODUCT_ID]],
  ]);
  const draft = await h.client.send(
    new ListChangeSetsCommand({
      Catalog: C,
      FilterList: [{ Name: 'EntityId', ValueList: [SEED_DRAFT_PRODUCT_ID] }],
    }),
  );
  expect(draft.ChangeSetSummaryList).toHaveLength(1);
  const named = await h.client.send(
    new ListChangeSetsCommand({
      Catalog: C,
      FilterList: [{ Name: 'ChangeSetName', ValueList: ['Add version 1.1.2'] }],
    }),
  );
  expect(named.ChangeSetSummaryList?.[0]?.ChangeSetId).toBe(SEED_CHANGE_SET_FAILED);
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const recent = await h.client.send(
    new ListChangeSetsCommand({
      Catalog: C,
      FilterList: [{ Name: 'AfterStartTime', ValueList: [tenDaysAgo] }],
    }),
  );
  expect(recent.ChangeSetSummaryList).toHaveLength(2);
  const older = await h.client.send(
    new ListChangeSetsCommand({
      Catalog: C,
      FilterList: [{ Name: 'BeforeEndTime', ValueList: [tenDaysAgo] }],
    }),
  );
  expect(older.ChangeSetSummaryList).toHaveLength(3);
  const asc = await h.client.send(
    new ListChangeSetsCommand({
      Catalog: C,
      Sort: { SortBy: 'EndTime', SortOrder: 'ASCENDING' },
      MaxResults: 2,
    }),
  );
  expect(asc.ChangeSetSummaryList?.[0]?.ChangeSetName).toBe('Create ClairAI Edge Collector');
  const seen = [...(asc.ChangeSetSummaryList ?? [])];
  let token = asc.NextToken;
  while (token) {
    const next = await h.client.send(
      new ListChangeSetsCommand({
        Catalog: C,
        Sort: { SortBy: 'EndTime', SortOrder: 'ASCENDING' },
        MaxResults: 2,
        NextToken: token,
      }),
    );
    seen.push(...(next.ChangeSetSummaryList ?? []));
    token = next.NextToken;
  }
  expect(seen.map((c) => c.EndTime)).toEqual([...seen.map((c) => c.EndTime)].sort());
  expect(new Set(seen.map((c) => c.ChangeSetId)).size).toBe(5);
  for (const FilterList of [
    [{ Name: 'Status', ValueList: ['DONE'] }],
    [{ Name: 'AfterStartTime', ValueList: ['yesterday'] }],
    [{ Name: 'Owner', ValueList: ['x'] }],
  ]) {
    const e = await failure(h.client.send(new ListChangeSetsCommand({ Catalog: C, FilterList })));
    expect(e).toBeInstanceOf(ValidationException);
  }
  const e = await failure(h.client.send(new ListChangeSetsCommand({ Catalog: C, MaxResults: 21 })));
  expect(e).toBeInstanceOf(ValidationException);
});

test('TagResource, ListTagsForResource and UntagResource on entities and change sets', async () => {
  await h.client.send(
    new TagResourceCommand({
      ResourceArn: productArn,
      Tags: [
        { Key: 'team', Value: 'platform' },
        { Key: 'tier', Value: 'gold' },
      ],
    }),
  );
  expect((await h.client.send(new ListTagsForResourceCommand({ ResourceArn: productArn }))).Tags).toEqual([
    { Key: 'team', Value: 'platform' },
    { Key: 'tier', Value: 'gold' },
  ]);
  await h.client.send(new UntagResourceCommand({ ResourceArn: productArn, TagKeys: ['tier'] }));
  const out = await h.client.send(new ListTagsForResourceCommand({ ResourceArn: productArn }));
  expect(out).toMatchObject({ ResourceArn: productArn, Tags: [{ Key: 'team', Value: 'platform' }] });
  const csArn = `arn:aws:aws-marketplace:us-east-1:${SEED_ACCOUNT_ID}:AWSMarketplace/ChangeSet/${SEED_CHANGE_SET_FAILED}`;
  await h.client.send(new TagResourceCommand({ ResourceArn: csArn, Tags: [{ Key: 'k', Value: 'v' }] }));
  expect((await h.client.send(new ListTagsForResourceCommand({ ResourceArn: csArn }))).Tags).toEqual([
    { Key: 'k', Value: 'v' },
  ]);
  const missing = await failure(
    h.client.send(
      new ListTagsForResourceCommand({
        ResourceArn: productArn.replace(SEED_PRODUCT_ID, 'prod-nothere000000'),
      }),
    ),
  );
  expect(missing).toBeInstanceOf(ResourceNotFoundException);
  const foreign = await failure(
    h.client.send(
      new TagResourceCommand({
        ResourceArn: productArn.replace(SEED_ACCOUNT_ID, '999999999999'),
        Tags: [{ Key: 'a', Value: 'b' }],
      }),
    ),
  );
  expect(foreign).toBeInstanceOf(AccessDeniedException);
  const badArn = await failure(
    h.client.send(new TagResourceCommand({ ResourceArn: 'not-an-arn', Tags: [{ Key: 'a', Value: 'b' }] })),
  );
  expect(badArn).toBeInstanceOf(ValidationException);
});

test('operations the emulator does not model answer with a modelled ValidationException', async () => {
  const calls = [
    new ListAssessmentsCommand({ Catalog: C }),
    new DescribeAssessmentCommand({ Catalog: C, AssessmentIdentifier: 'assessment-abc' }),
  ];
  for (const cmd of calls) {
    const e = await failure(h.client.send(cmd as never));
    expect(e).toBeInstanceOf(ValidationException);
    expect(e.$metadata?.httpStatusCode).toBe(422);
  }
});

test('throttling answers 429 ThrottlingException at the configured rate', async () => {
  const client = sdkClient(h.emulator.url, { maxAttempts: 1 });
  await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ throttle: { ListEntities: 2 } }),
  });
  try {
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() =>
        client.send(new ListEntitiesCommand({ Catalog: C, EntityType: 'ContainerProduct' })),
      ),
    );
    const throttled = results.flatMap((r) =>
      r.status === 'rejected' ? [r.reason as ThrottlingException] : [],
    );
    expect(throttled.length).toBeGreaterThanOrEqual(2);
    expect(throttled[0]).toBeInstanceOf(ThrottlingException);
    expect(throttled[0]!.$metadata.httpStatusCode).toBe(429);
  } finally {
    await fetch(`${h.emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ throttle: false }),
    });
    client.destroy();
  }
});

test('an injected 500 is an InternalServiceException that the SDK retries', async () => {
  await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ failNext: 1, failOperation: 'DescribeEntity' }),
  });
  const retried = await h.client.send(new DescribeEntityCommand({ Catalog: C, EntityId: SEED_PRODUCT_ID }));
  expect(retried.$metadata.attempts).toBe(2);
  await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ failNext: 1, failOperation: 'DescribeEntity' }),
  });
  const once = sdkClient(h.emulator.url, { maxAttempts: 1 });
  const e = await failure(once.send(new DescribeEntityCommand({ Catalog: C, EntityId: SEED_PRODUCT_ID })));
  expect(e).toBeInstanceOf(InternalServiceException);
  expect(e.$metadata?.httpStatusCode).toBe(500);
  once.destroy();
});

test('latency injection delays responses', async () => {
  await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ latencyMs: 150 }),
  });
  const t0 = Date.now();
  await h.client.send(new DescribeEntityCommand({ Catalog: C, EntityId: SEED_PRODUCT_ID }));
  expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ latencyMs: 0 }),
  });
});

test('the SDK keeps a base path and the service routes on the last segment', async () => {
  const based = sdkClient(`${h.emulator.url}/api/catalog`);
  const out = await based.send(new DescribeEntityCommand({ Catalog: C, EntityId: SEED_DRAFT_PRODUCT_ID }));
  expect(out.EntityIdentifier).toBe(`${SEED_DRAFT_PRODUCT_ID}@1`);
  based.destroy();
});
