import {
  CancelChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeEntityCommand,
  ListChangeSetsCommand,
  ListEntitiesCommand,
  ListTagsForResourceCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  StartChangeSetCommand,
  ValidationException,
  type StartChangeSetCommandInput,
} from '@aws-sdk/client-marketplace-catalog';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { emuChangeSet } from '@/lib/db/schema';
import { addVersion, changeOf, ecr, eks, helm, TYPE } from './fixtures';
import { SEED_001_EXAMPLES } from './seed-examples';
import { enableHolds, type Holds } from './engine/holds';
import {
  SEED_DRAFT_PRODUCT_ID,
  SEED_LIMITED_PRODUCT_ID,
  SEED_OPTION_EKS_ADDON_ID,
  SEED_PRODUCT_ID,
} from './seed';
import { codesOf, failure, harness, settle, type Harness } from './testing';

/* Change set lifecycle through the real SDK: validation, idempotency, locks, cancel, retries, outcomes. */
let h: Harness;
let holds: Holds;
const C = 'AWSMarketplace';
beforeAll(async () => {
  // Short steps; a test that needs a change set to stay open holds it (the test control) instead of
  // counting on a follow-up request landing within a step.
  h = await harness();
  holds = enableHolds(h.handle.db);
});
afterAll(() => h.close());
afterEach(() => release());

/** Holds every change set, including those started later, in its current status. */
const holdAll = () => void (holds.all = true);
const release = () => (holds.all = false);
/** Applies the change set's next transition now (held or not); returns its new status. */
async function advance(changeSetId: string): Promise<string> {
  const res = await fetch(`${h.emulator.url}/_emulator/advance`, {
    method: 'POST',
    body: JSON.stringify({ changeSetId }),
  });
  return ((await res.json()) as { status: string }).status;
}

const start = (input: Omit<StartChangeSetCommandInput, 'Catalog'>) =>
  h.client.send(new StartChangeSetCommand({ Catalog: C, ...input }));
const describeEntity = (id = SEED_PRODUCT_ID) =>
  h.client.send(new DescribeEntityCommand({ Catalog: C, EntityId: id }));
const countChangeSets = async () => {
  let n = 0;
  let token: string | undefined;
  do {
    const out = await h.client.send(new ListChangeSetsCommand({ Catalog: C, NextToken: token }));
    n += out.ChangeSetSummaryList?.length ?? 0;
    token = out.NextToken;
  } while (token);
  return n;
};

describe('synchronous validation', () => {
  const bad: [string, StartChangeSetCommandInput['ChangeSet']][] = [
    [
      'unversioned entity type',
      [
        {
          ChangeType: 'UpdateInformation',
          Entity: { Type: 'ContainerProduct', Identifier: SEED_PRODUCT_ID },
          DetailsDocument: {},
        },
      ],
    ],
    [
      'unsupported change type',
      [
        {
          ChangeType: 'ReleaseOffer',
          Entity: { Type: TYPE, Identifier: SEED_PRODUCT_ID },
          DetailsDocument: {},
        },
      ],
    ],
    [
      'neither Details nor DetailsDocument',
      [{ ChangeType: 'UpdateInformation', Entity: { Type: TYPE, Identifier: SEED_PRODUCT_ID } } as never],
    ],
    [
      'both Details and DetailsDocument',
      [
        {
          ChangeType: 'UpdateInformation',
          Entity: { Type: TYPE, Identifier: SEED_PRODUCT_ID },
          Details: '{}',
          DetailsDocument: {},
        },
      ],
    ],
    [
      'Details that is not JSON',
      [
        {
          ChangeType: 'UpdateInformation',
          Entity: { Type: TYPE, Identifier: SEED_PRODUCT_ID },
          Details: '{nope',
        },
      ],
    ],
    [
      'a reference to no CreateProduct',
      [
        {
          ChangeType: 'AddRepositories',
          Entity: { Type: TYPE, Identifier: '$Missing.Entity.Identifier' },
          DetailsDocument: {},
        },
      ],
    ],
    ['missing identifier', [{ ChangeType: 'AddRepositories', Entity: { Type: TYPE }, DetailsDocument: {} }]],
    [
      'the same change type twice on one entity',
      [1, 2].map(() => ({
        ChangeType: 'UpdateInformation',
        Entity: { Type: TYPE, Identifier: SEED_PRODUCT_ID },
        DetailsDocument: {},
      })),
    ],
    ['no changes', []],
    [
      '21 changes',
      Array.from({ length: 21 }, () => ({
        ChangeType: 'UpdateInformation',
        Entity: { Type: TYPE, Identifier: SEED_PRODUCT_ID },
        DetailsDocument: {},
      })),
    ],
  ];
  test.each(bad)('%s → ValidationException 422', async (_name, ChangeSet) => {
    const e = await failure(start({ ChangeSet }));
    expect(e).toBeInstanceOf(ValidationException);
    expect(e.$metadata?.httpStatusCode).toBe(422);
  });

  test('Catalog other than AWSMarketplace and an over-long ChangeSetName are rejected', async () => {
    const change = changeOf('UpdateInformation', {});
    expect(
      await failure(h.client.send(new StartChangeSetCommand({ Catalog: 'Elsewhere', ChangeSet: [change] }))),
    ).toBeInstanceOf(ValidationException);
    expect(await failure(start({ ChangeSet: [change], ChangeSetName: 'n'.repeat(101) }))).toBeInstanceOf(
      ValidationException,
    );
  });

  test('an unknown entity is ResourceNotFoundException 404', async () => {
    const e = await failure(start({ ChangeSet: [changeOf('UpdateInformation', {}, 'prod-doesnotexist00')] }));
    expect(e).toBeInstanceOf(ResourceNotFoundException);
    expect(e.$metadata?.httpStatusCode).toBe(404);
  });
});

test('seed 001 examples are accepted and reach the outcome their content implies', async () => {
  const outcomes: Record<string, string> = {};
  for (const ex of SEED_001_EXAMPLES) {
    const { ChangeSetId } = await start(ex.body as never);
    const out = await settle(h.client, ChangeSetId!);
    outcomes[ex.name] = out.Status === 'SUCCEEDED' ? 'SUCCEEDED' : codesOf(out).join(',');
  }
  expect(outcomes).toEqual({
    AddRepositories: 'SUCCEEDED',
    'AddDeliveryOptions (container image)': 'SUCCEEDED',
    'AddDeliveryOptions (Helm chart)': 'SUCCEEDED',
    'AddDeliveryOptions (EKS add-on)': 'SUCCEEDED',
    UpdateDeliveryOptionsVisibility: 'SUCCEEDED',
    // These three edit ClairAI Lite (Limited): a Public product would freeze their titles.
    'UpdateDeliveryOptions (container image)': 'SUCCEEDED',
    'UpdateDeliveryOptions (Helm chart)': 'SUCCEEDED',
    'UpdateDeliveryOptions (EKS add-on)': 'SUCCEEDED',
    RestrictDeliveryOptions: 'SUCCEEDED',
  });
  const doc = (await describeEntity()).DetailsDocument as {
    Versions: { VersionTitle: string; DeliveryOptions: { Id: string; Visibility: string }[] }[];
    Repositories: { Url: string }[];
  };
  expect(doc.Repositories.map((r) => r.Url.split('/').pop())).toEqual(
    expect.arrayContaining(['new-repo-1', 'new-repo-2']),
  );
  expect(doc.Versions.map((v) => v.VersionTitle)).toContain('1.1');
  const options = doc.Versions.flatMap((v) => v.DeliveryOptions);
  expect(options.find((o) => o.Id === SEED_OPTION_EKS_ADDON_ID)?.Visibility).toBe('Public');
  expect(doc.Versions[0]?.DeliveryOptions[0]?.Visibility).toBe('Restricted');
  const lite = (await describeEntity(SEED_LIMITED_PRODUCT_ID)).DetailsDocument as {
    Versions: { VersionTitle: string; DeliveryOptions: { Title: string; AddOnVersion?: string }[] }[];
  };
  expect(lite.Versions.map((v) => v.VersionTitle)).toEqual(['Version 1.2']);
  expect(lite.Versions[0]?.DeliveryOptions.map((o) => [o.Title, o.AddOnVersion])).toEqual([
    ['New Delivery Option Title', undefined],
    ['New Helm Delivery Option Title', undefined],
    ['Amazon EKS add-on', '1.2.1'],
  ]);
});

test('a change set goes PREPARING → APPLYING → SUCCEEDED and DescribeEntity shows the new version and revision', async () => {
  const before = await describeEntity();
  const rev = Number(before.EntityIdentifier!.split('@')[1]);
  holdAll();
  const { ChangeSetId, ChangeSetArn } = await start({
    ChangeSetName: 'Add version 1.2.0',
    ChangeSet: [addVersion([helm(), ecr(), eks()])],
  });
  expect(ChangeSetArn).toMatch(new RegExp(`:AWSMarketplace/ChangeSet/${ChangeSetId}$`));
  // Status follows the timestamps stored on the change set: move them instead of racing a short step.
  const describe = () => h.client.send(new DescribeChangeSetCommand({ Catalog: C, ChangeSetId }));
  const shift = (values: Partial<typeof emuChangeSet.$inferInsert>) =>
    h.handle.db.update(emuChangeSet).set(values).where(eq(emuChangeSet.changeSetId, ChangeSetId!));
  const now = Date.now();
  await shift({ stepMs: 60_000, startTime: new Date(now), nextAt: new Date(now + 60_000) });
  release();
  expect((await describe()).Status).toBe('PREPARING');
  await shift({ startTime: new Date(now - 90_000), nextAt: new Date(now - 30_000) });
  expect((await describe()).Status).toBe('APPLYING');
  expect((await describeEntity()).EntityIdentifier).toBe(before.EntityIdentifier);
  await shift({ nextAt: new Date(Date.now() - 1) });
  const out = await describe();
  expect(out.Status).toBe('SUCCEEDED');
  expect(out).toMatchObject({ ChangeSetName: 'Add version 1.2.0', Intent: 'APPLY' });
  expect(out.StartTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(out.EndTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(out.ChangeSet?.[0]).toMatchObject({
    ChangeType: 'AddDeliveryOptions',
    Entity: { Type: TYPE, Identifier: `${SEED_PRODUCT_ID}@${rev}` },
    ErrorDetailList: [],
  });
  expect(JSON.parse(out.ChangeSet![0]!.Details!)).toEqual(out.ChangeSet![0]!.DetailsDocument);
  const after = await describeEntity();
  expect(after.EntityIdentifier).toBe(`${SEED_PRODUCT_ID}@${rev + 1}`);
  const version = (
    after.DetailsDocument as {
      Versions: {
        VersionTitle: string;
        Id: string;
        DeliveryOptions: { Id: string; Type: string; Visibility: string; SourceId: string }[];
        Sources: { Id: string }[];
      }[];
    }
  ).Versions.find((v) => v.VersionTitle === '1.2.0')!;
  expect(version.Id).toMatch(/^[0-9a-f-]{36}$/);
  expect(version.DeliveryOptions.map((o) => `${o.Type}:${o.Visibility}`)).toEqual([
    'Helm:Public',
    'ElasticContainerRegistry:Public',
    'EksAddOn:Limited',
  ]);
  for (const o of version.DeliveryOptions) expect(version.Sources.map((s) => s.Id)).toContain(o.SourceId);
});

test('a stale EntityId@RevisionId is rejected naming the latest revision; the latest one is accepted', async () => {
  const latest = (await describeEntity(SEED_DRAFT_PRODUCT_ID)).EntityIdentifier!;
  const e = await failure(
    start({
      ChangeSet: [changeOf('UpdateInformation', { ProductTitle: 'x' }, `${SEED_DRAFT_PRODUCT_ID}@0`)],
    }),
  );
  expect(e).toBeInstanceOf(ValidationException);
  expect(e.message).toContain(`latest RevisionId is ${latest.split('@')[1]}`);
  const ok = await start({
    ChangeSet: [changeOf('UpdateInformation', { ProductTitle: 'ClairAI Edge Collector' }, latest)],
  });
  const out = await settle(h.client, ok.ChangeSetId!);
  expect(codesOf(out)).toEqual(['MISSING_DATA']);
});

test('ClientRequestToken: same body → same change set; different body → ValidationException', async () => {
  const token = `tok-${Date.now()}`;
  const body = {
    ClientRequestToken: token,
    ChangeSet: [changeOf('UpdateDeliveryOptionsVisibility', { DeliveryOptions: [] })],
  };
  holdAll();
  const first = await start(body);
  const n = await countChangeSets();
  const again = await start(body);
  expect(again).toMatchObject({ ChangeSetId: first.ChangeSetId, ChangeSetArn: first.ChangeSetArn });
  expect(await countChangeSets()).toBe(n);
  const e = await failure(start({ ...body, ChangeSetName: 'different' }));
  expect(e).toBeInstanceOf(ValidationException);
  expect(e.message).toContain(first.ChangeSetId!);
  release();
  await settle(h.client, first.ChangeSetId!);
});

test('an open change set locks its entities (423) against the same change type until it completes', async () => {
  holdAll();
  const first = await start({
    ChangeSet: [changeOf('UpdateInformation', { ShortDescription: 'Locked for a moment.' })],
  });
  const e = await failure(
    start({ ChangeSet: [changeOf('UpdateInformation', { LongDescription: 'Another.' })] }),
  );
  expect(e).toBeInstanceOf(ResourceInUseException);
  expect(e.$metadata?.httpStatusCode).toBe(423);
  expect(e.message).toContain(first.ChangeSetId!);
  const rev = (await describeEntity()).EntityIdentifier;
  release();
  expect((await settle(h.client, first.ChangeSetId!)).Status).toBe('SUCCEEDED');
  const after = await describeEntity();
  expect(Number(after.EntityIdentifier!.split('@')[1])).toBe(Number(rev!.split('@')[1]) + 1);
  const free = await start({ ChangeSet: [changeOf('UpdateInformation', { LongDescription: 'Now free.' })] });
  expect((await settle(h.client, free.ChangeSetId!)).Status).toBe('SUCCEEDED');
});

test('cancel works only while PREPARING; afterwards it is ResourceInUseException', async () => {
  const rev = (await describeEntity()).EntityIdentifier;
  holdAll();
  const { ChangeSetId } = await start({
    ChangeSet: [changeOf('UpdateInformation', { ShortDescription: 'Never applied.' })],
  });
  expect((await h.client.send(new DescribeChangeSetCommand({ Catalog: C, ChangeSetId }))).Status).toBe(
    'PREPARING',
  );
  const cancelled = await h.client.send(new CancelChangeSetCommand({ Catalog: C, ChangeSetId }));
  expect(cancelled.ChangeSetId).toBe(ChangeSetId);
  const out = await settle(h.client, ChangeSetId!);
  expect(out.Status).toBe('CANCELLED');
  expect(out.EndTime).toBeDefined();
  expect((await describeEntity()).EntityIdentifier).toBe(rev);
  const again = await failure(h.client.send(new CancelChangeSetCommand({ Catalog: C, ChangeSetId })));
  expect(again).toBeInstanceOf(ResourceInUseException);
  const late = await start({ ChangeSet: [changeOf('UpdateInformation', { ShortDescription: 'Applied.' })] });
  expect(await advance(late.ChangeSetId!)).toBe('APPLYING');
  const e = await failure(
    h.client.send(new CancelChangeSetCommand({ Catalog: C, ChangeSetId: late.ChangeSetId })),
  );
  expect(e).toBeInstanceOf(ResourceInUseException);
  expect(e.message).toMatch(/APPLYING|SUCCEEDED/);
  expect(
    await failure(
      h.client.send(new CancelChangeSetCommand({ Catalog: C, ChangeSetId: 'nosuchchangeset0000000000' })),
    ),
  ).toBeInstanceOf(ResourceNotFoundException);
  release();
  await settle(h.client, late.ChangeSetId!);
});

test('SDK retries after a 500 injected on the response never create a second change set', async () => {
  const n = await countChangeSets();
  await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ failNext: 2, failOperation: 'StartChangeSet', errorPhase: 'response' }),
  });
  const out = await start({ ChangeSet: [changeOf('UpdateInformation', { ShortDescription: 'Retried.' })] });
  await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ errorPhase: 'request', failOperation: null }),
  });
  expect(out.$metadata.attempts).toBe(3);
  expect(await countChangeSets()).toBe(n + 1);
  expect((await settle(h.client, out.ChangeSetId!)).Status).toBe('SUCCEEDED');
});

test('the fault tag fails a valid change set with SERVER_FAULT', async () => {
  const { ChangeSetId } = await start({
    ChangeSetTags: [{ Key: 'emulator:fault', Value: 'SERVER_FAULT' }],
    ChangeSet: [changeOf('UpdateInformation', { ShortDescription: 'x' })],
  });
  const out = await settle(h.client, ChangeSetId!);
  expect(out).toMatchObject({ Status: 'FAILED', FailureCode: 'SERVER_FAULT' });
  expect(codesOf(out)).toEqual([]);
});

test('more open change sets than the account allows is ServiceQuotaExceededException 402', async () => {
  await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ maxOpenChangeSets: 1 }),
  });
  holdAll();
  const first = await start({ ChangeSet: [changeOf('UpdateInformation', { ShortDescription: 'one' })] });
  const e = await failure(
    start({
      ChangeSet: [
        changeOf(
          'AddRepositories',
          { Repositories: [{ RepositoryName: 'quota', RepositoryType: 'ECR' }] },
          SEED_DRAFT_PRODUCT_ID,
        ),
      ],
    }),
  );
  await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ maxOpenChangeSets: 100 }),
  });
  expect(e).toBeInstanceOf(ServiceQuotaExceededException);
  expect(e.$metadata?.httpStatusCode).toBe(402);
  release();
  await settle(h.client, first.ChangeSetId!);
});

test('CreateProduct with $ChangeName.Entity.Identifier references creates a Draft product with its repositories', async () => {
  const { ChangeSetId } = await start({
    ChangeSet: [
      {
        ChangeType: 'CreateProduct',
        ChangeName: 'CreateProductChange',
        Entity: { Type: TYPE },
        EntityTags: [{ Key: 'line', Value: 'lite' }],
        DetailsDocument: { ProductTitle: 'ClairAI Lite' },
      },
      {
        ChangeType: 'AddRepositories',
        Entity: { Type: TYPE, Identifier: '$CreateProductChange.Entity.Identifier' },
        Details: JSON.stringify({
          Repositories: [{ RepositoryName: 'clairai-lite', RepositoryType: 'ECR' }],
        }),
      },
    ],
  });
  const out = await settle(h.client, ChangeSetId!);
  expect(out.Status).toBe('SUCCEEDED');
  const id = out.ChangeSet![0]!.Entity!.Identifier!.split('@')[0]!;
  expect(id).toMatch(/^prod-[a-z0-9]{13}$/);
  expect(out.ChangeSet![1]!.Entity!.Identifier).toBe(`${id}@1`);
  const created = await describeEntity(id);
  expect(created.EntityIdentifier).toBe(`${id}@1`);
  expect(created.DetailsDocument).toMatchObject({
    Description: { ProductTitle: 'ClairAI Lite', Visibility: 'Draft' },
    Repositories: [{ Type: 'ECR' }],
  });
  const list = await h.client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      FilterList: [{ Name: 'EntityId', ValueList: [id] }],
    }),
  );
  expect(list.EntitySummaryList?.[0]).toMatchObject({ Name: 'ClairAI Lite', Visibility: 'Draft' });
  const tags = await h.client.send(new ListTagsForResourceCommand({ ResourceArn: created.EntityArn }));
  expect(tags.Tags).toEqual([{ Key: 'line', Value: 'lite' }]);
});
