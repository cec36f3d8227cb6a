import {
  DescribeEntityCommand,
  ValidationException,
  ListEntitiesCommand,
  StartChangeSetCommand,
  type Change,
} from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addVersion, changeOf, ecr, TYPE } from './fixtures';
import { SEED_DRAFT_PRODUCT_ID, SEED_PRODUCT_ID } from './seed';
import { SEED_REGISTRY, SEED_SELLER_NAMESPACE } from './seed-ids';
import { codesOf, failure, harness, run, settle, type Harness } from './testing';

/* A container product's life through the real SDK: created with references, released, given a version. */
let h: Harness;
const C = 'AWSMarketplace';
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

const REF = '$CreateProductChange.Entity.Identifier';
const INFO = {
  ShortDescription: 'Collects edge metrics.',
  LongDescription: 'Collects metrics at the edge and ships them to ClairAI.',
  LogoUrl: 'https://my-bucket.s3.us-east-1.amazonaws.com/logo.png',
  Highlights: ['Small footprint'],
  AdditionalResources: [],
  SupportDescription: 'Email support@example.com.',
  Categories: ['Monitoring'],
  SearchKeywords: ['metrics', 'edge'],
};
const DIMENSION = { Key: 'Nodes', Name: 'Nodes', Unit: 'Hosts', Types: ['Entitled'] };
const describe = (id: string) => h.client.send(new DescribeEntityCommand({ Catalog: C, EntityId: id }));
const listed = async (id: string) =>
  (
    await h.client.send(
      new ListEntitiesCommand({
        Catalog: C,
        EntityType: 'ContainerProduct',
        FilterList: [{ Name: 'EntityId', ValueList: [id] }],
      }),
    )
  ).EntitySummaryList?.[0];
const release = (id: string) => run(h.client, changeOf('ReleaseProduct', {}, id));

async function createProduct(changes: Change[]): Promise<string> {
  return (await createProductSet(changes)).ChangeSet![0]!.Entity!.Identifier!.split('@')[0]!;
}

async function createProductSet(changes: Change[]) {
  const { ChangeSetId } = await h.client.send(
    new StartChangeSetCommand({
      Catalog: C,
      ChangeSet: [
        {
          ChangeType: 'CreateProduct',
          ChangeName: 'CreateProductChange',
          Entity: { Type: TYPE },
          DetailsDocument: { ProductTitle: 'Edge Collector' },
        },
        ...changes,
      ],
    }),
  );
  const out = await settle(h.client, ChangeSetId!);
  expect(out.Status, JSON.stringify(out.ChangeSet)).toBe('SUCCEEDED');
  return out;
}

test('ReleaseProduct names each missing part with VALIDATION_FAILED and leaves the product Draft', async () => {
  const out = await release(SEED_DRAFT_PRODUCT_ID);
  expect(out.Status).toBe('FAILED');
  expect(codesOf(out)).toEqual(['VALIDATION_FAILED']);
  expect(out.ChangeSet![0]!.ErrorDetailList!.map((e) => e.ErrorMessage)).toEqual([
    'Provide Description information.',
    'Provide PromotionalResources information.',
    'Provide SupportInformation information.',
  ]);
  expect((await describe(SEED_DRAFT_PRODUCT_ID)).DetailsDocument).toMatchObject({
    Description: { Visibility: 'Draft' },
  });
});

test('ReleaseProduct refuses a non-empty DetailsDocument', async () => {
  const out = await release(SEED_DRAFT_PRODUCT_ID);
  expect(out.Status).toBe('FAILED');
  const bad = await run(
    h.client,
    changeOf('ReleaseProduct', { Visibility: 'Public' }, SEED_DRAFT_PRODUCT_ID),
  );
  expect(codesOf(bad)).toEqual(['INVALID_INPUT']);
});

test('created with repositories, information and dimensions by references, released to Limited, then a version is added', async () => {
  const id = await createProduct([
    {
      ChangeType: 'AddRepositories',
      Entity: { Type: TYPE, Identifier: REF },
      DetailsDocument: { Repositories: [{ RepositoryName: 'edge-collector', RepositoryType: 'ECR' }] },
    },
    { ChangeType: 'UpdateInformation', Entity: { Type: TYPE, Identifier: REF }, DetailsDocument: INFO },
    { ChangeType: 'AddDimensions', Entity: { Type: TYPE, Identifier: REF }, DetailsDocument: [DIMENSION] },
  ]);
  const draft = await describe(id);
  expect(draft.DetailsDocument).toMatchObject({
    Description: { ProductTitle: 'Edge Collector', Visibility: 'Draft', Categories: ['Monitoring'] },
    PromotionalResources: { LogoUrl: INFO.LogoUrl },
    SupportInformation: { Description: INFO.SupportDescription },
    Repositories: [{ Url: expect.stringMatching(/\/edge-collector$/), Type: 'ECR' }],
    Dimensions: [DIMENSION],
  });

  const refused = await run(h.client, addVersion([ecr()], {}, id));
  expect(codesOf(refused)).toContain('INCOMPATIBLE_PRODUCT_STATUS');

  const released = await release(id);
  expect(released.Status).toBe('SUCCEEDED');
  expect((await describe(id)).DetailsDocument).toMatchObject({ Description: { Visibility: 'Limited' } });
  expect(await listed(id)).toMatchObject({ Visibility: 'Limited' });
  expect(codesOf(await release(id))).toEqual(['VALIDATION_FAILED']);

  const repo = `${SEED_REGISTRY}/${SEED_SELLER_NAMESPACE}/edge-collector`;
  const push = await fetch(`${h.emulator.url}/_emulator/push`, {
    method: 'POST',
    body: JSON.stringify({ repository: repo, tag: '1.0.0' }),
  });
  expect(push.status).toBe(200);
  const added = await run(
    h.client,
    addVersion([ecr({ ContainerImages: [`${repo}:1.0.0`] }, 'Images 1.0.0')], { VersionTitle: '1.0.0' }, id),
  );
  expect(added.Status, JSON.stringify(added.ChangeSet)).toBe('SUCCEEDED');
});

test('ReleaseProduct in the change set that fills the information sees it', async () => {
  const id = await createProduct([
    { ChangeType: 'UpdateInformation', Entity: { Type: TYPE, Identifier: REF }, DetailsDocument: INFO },
    { ChangeType: 'ReleaseProduct', Entity: { Type: TYPE, Identifier: REF }, DetailsDocument: {} },
  ]);
  expect(await listed(id)).toMatchObject({ Visibility: 'Limited' });
});

test('a reference inside a DetailsDocument value resolves to the created id; a dangling one is refused', async () => {
  const out = await createProductSet([
    {
      ChangeType: 'UpdateVisibility',
      Entity: { Type: TYPE, Identifier: SEED_PRODUCT_ID },
      DetailsDocument: { TargetVisibility: 'Restricted', ReplacementProductId: REF },
    },
  ]);
  const id = out.ChangeSet![0]!.Entity!.Identifier!.split('@')[0]!;
  const product = (await describe(SEED_PRODUCT_ID)).DetailsDocument as {
    Description: { Visibility: string };
  };
  expect(product.Description.Visibility).toBe('Restricted');
  const change = out.ChangeSet!.find((c) => c.ChangeType === 'UpdateVisibility')!;
  expect(change.DetailsDocument).toEqual({ TargetVisibility: 'Restricted', ReplacementProductId: id });
  expect(JSON.parse(change.Details!)).toEqual(change.DetailsDocument);

  const dangling = await failure(
    h.client.send(
      new StartChangeSetCommand({
        Catalog: C,
        ChangeSet: [
          changeOf('UpdateVisibility', {
            TargetVisibility: 'Public',
            ReplacementProductId: '$Nobody.Entity.Identifier',
          }),
        ],
      }),
    ),
  );
  expect(dangling).toBeInstanceOf(ValidationException);
  expect(dangling.message).toContain('$Nobody.Entity.Identifier');
});
