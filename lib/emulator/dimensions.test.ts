import { DescribeEntityCommand, ValidationException } from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { changeOf, TYPE } from './fixtures';
import { SEED_DRAFT_PRODUCT_ID, SEED_PRODUCT_ID } from './seed';
import { codesOf, failure, harness, run, type Harness } from './testing';

/* AddDimensions and UpdateDimensions through the real SDK: array DetailsDocuments, documented codes. */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

const P = SEED_DRAFT_PRODUCT_ID;
const dim = (o: Record<string, unknown> = {}) => ({
  Key: 'Cores',
  Name: 'vCPU cores',
  Description: 'Cores under management',
  Unit: 'Units',
  Types: ['Entitled'],
  ...o,
});
const dimensions = async (id = P) =>
  (
    (await h.client.send(new DescribeEntityCommand({ Catalog: 'AWSMarketplace', EntityId: id })))
      .DetailsDocument as { Dimensions: unknown[] }
  ).Dimensions;
const add = (doc: unknown, id = P) => run(h.client, changeOf('AddDimensions', doc, id));
const update = (doc: unknown, id = P) => run(h.client, changeOf('UpdateDimensions', doc, id));

test.each([
  ['not an array', 'INVALID_INPUT', { Key: 'A' }],
  ['an empty array', 'INVALID_INPUT', []],
  ['a missing Unit', 'MISSING_DATA', [dim({ Unit: undefined })]],
  ['a key with a space', 'INVALID_INPUT', [dim({ Key: 'two words' })]],
  ['a key of 101 characters', 'INVALID_INPUT', [dim({ Key: 'k'.repeat(101) })]],
  ['a name of 501 characters', 'INVALID_INPUT', [dim({ Name: 'n'.repeat(501) })]],
  ['an unknown unit', 'INVALID_UNIT', [dim({ Unit: 'Cores' })]],
  ['an unknown type', 'IINVALID_TYPE', [dim({ Types: ['Prepaid'] })]],
  ['no types', 'MISSING_DATA', [dim({ Types: [] })]],
  ['a key twice', 'INVALID_DIMENSION', [dim(), dim({ Name: 'Again' })]],
  ['201 dimensions', 'INVALID_DIMENSION', Array.from({ length: 201 }, (_, i) => dim({ Key: `k${i}` }))],
])('AddDimensions with %s fails with %s and adds nothing', async (_label, code, doc) => {
  const out = await add(doc);
  expect(out.Status).toBe('FAILED');
  expect(codesOf(out)).toEqual([code]);
  expect(await dimensions()).toEqual([]);
});

test('AddDimensions adds, refuses a key the product has, and UpdateDimensions renames by Key and Types', async () => {
  const ok = await add([dim(), dim({ Key: 'Requests.total', Unit: 'Requests', Types: ['Metered'] })]);
  expect(ok.Status).toBe('SUCCEEDED');
  expect(ok.ChangeSet![0]!.DetailsDocument).toEqual([
    dim(),
    expect.objectContaining({ Key: 'Requests.total' }),
  ]);
  expect(await dimensions()).toEqual([
    dim(),
    dim({ Key: 'Requests.total', Unit: 'Requests', Types: ['Metered'] }),
  ]);

  expect(codesOf(await add([dim({ Name: 'Cores again' })]))).toEqual(['INVALID_DIMENSION']);

  const renamed = await update([{ Key: 'Cores', Types: ['Entitled'], Name: 'Cores (vCPU)' }]);
  expect(renamed.Status).toBe('SUCCEEDED');
  expect(await dimensions()).toContainEqual(dim({ Name: 'Cores (vCPU)' }));

  expect(codesOf(await update([{ Key: 'Cores', Types: ['Metered'], Name: 'X' }]))).toEqual([
    'INVALID_DIMENSION',
  ]);
  expect(codesOf(await update([{ Key: 'Cores', Types: ['Entitled'] }]))).toEqual(['INVALID_INPUT']);
  expect(codesOf(await update({ Key: 'Cores' }))).toEqual(['INVALID_INPUT']);
});

// The model's Details pattern (^[\s]*\{…\}[\s]*$) admits objects only, so arrays need DetailsDocument.
test('an array sent as a Details string is refused by the model, and nothing is added', async () => {
  const e = await failure(
    run(h.client, {
      ChangeType: 'AddDimensions',
      Entity: { Type: TYPE, Identifier: SEED_PRODUCT_ID },
      Details: JSON.stringify([dim({ Key: 'Clusters', Unit: 'Hosts' })]),
    }),
  );
  expect(e).toBeInstanceOf(ValidationException);
  expect(e.message).toContain('ChangeSet[0].Details');
  expect(await dimensions(SEED_PRODUCT_ID)).not.toContainEqual(expect.objectContaining({ Key: 'Clusters' }));
});
