import { StartChangeSetCommand, ValidationException } from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { changeOf, TYPE } from './fixtures';
import { SEED_DRAFT_PRODUCT_ID, SEED_PRODUCT_ID } from './seed';
import { codesOf, failure, harness, run, type Harness } from './testing';

/* CreateProduct and UpdateInformation: synchronous field checks first, asynchronous codes after. */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

const start = (change: object) =>
  h.client.send(new StartChangeSetCommand({ Catalog: 'AWSMarketplace', ChangeSet: [change as never] }));
const info = (doc: object, entity = SEED_PRODUCT_ID) => changeOf('UpdateInformation', doc, entity);
const create = (doc: object) => ({
  ChangeType: 'CreateProduct',
  Entity: { Type: TYPE },
  DetailsDocument: doc,
});

test.each([
  ['ProductTitle', info({ ProductTitle: 't'.repeat(73) })],
  ['ProductTitle', create({ ProductTitle: 't'.repeat(73) })],
  ['ProductTitle', create({ ProductTitle: 'Bell\u0007' })],
  ['ShortDescription', info({ ShortDescription: 's'.repeat(1001) })],
  ['LongDescription', info({ LongDescription: 'Tab\tis fine, NUL\u0000 is not.' })],
  ['Sku', info({ Sku: 'k'.repeat(101) })],
  ['SupportDescription', info({ SupportDescription: 'd'.repeat(2001) })],
  ['Highlights', info({ Highlights: [] })],
  ['Highlights', info({ Highlights: ['a', 'b', 'c', 'd'] })],
  ['Highlights[0]', info({ Highlights: ['h'.repeat(501)] })],
  ['SearchKeywords', info({ SearchKeywords: Array.from({ length: 16 }, (_, i) => `k${i}`) })],
  ['SearchKeywords[0]', info({ SearchKeywords: ['w'.repeat(51)] })],
  ['SearchKeywords', info({ SearchKeywords: Array.from({ length: 6 }, () => 'w'.repeat(45)) })],
  ['Categories', info({ Categories: ['Monitoring', 'Security', 'Storage', 'Networking'] })],
  ['AdditionalResources', info({ AdditionalResources: [1, 2, 3, 4].map((i) => ({ Text: `r${i}` })) })],
])('%s is refused synchronously with a ValidationException', async (member, change) => {
  const e = await failure(start(change));
  expect(e).toBeInstanceOf(ValidationException);
  expect(e.$metadata?.httpStatusCode).toBe(422);
  expect(e.ValidationExceptionFieldList).toEqual([
    expect.objectContaining({ Field: `ChangeSet[0].DetailsDocument.${member}` }),
  ]);
});

test('an empty update is INVALID_INPUT, asynchronously', async () => {
  expect(codesOf(await run(h.client, info({}) as never))).toEqual(['INVALID_INPUT']);
});

test('a first update of a Draft without the core fields is MISSING_DATA; a non-S3 logo is INVALID_MEDIA', async () => {
  const draft = await run(h.client, info({ ProductTitle: 'Edge' }, SEED_DRAFT_PRODUCT_ID) as never);
  expect(codesOf(draft)).toEqual(['MISSING_DATA']);
  const logo = await run(h.client, info({ LogoUrl: 'http://example.com/logo.png' }) as never);
  expect(codesOf(logo)).toEqual(['INVALID_MEDIA']);
});

test('lengths at the limit and tabs or line breaks pass', async () => {
  const out = await run(
    h.client,
    info({
      ProductTitle: 't'.repeat(72),
      Highlights: ['h'.repeat(500), 'Line\nbreak', 'Tab\there'],
      SearchKeywords: Array.from({ length: 5 }, () => 'w'.repeat(50)),
    }) as never,
  );
  expect(out.Status).toBe('SUCCEEDED');
});
