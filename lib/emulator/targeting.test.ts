import { DescribeEntityCommand } from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { changeOf } from './fixtures';
import { SEED_DRAFT_PRODUCT_ID, SEED_LIMITED_PRODUCT_ID, SEED_PRODUCT_ID } from './seed';
import { codesOf, harness, run, type Harness } from './testing';

/* UpdateTargeting through the real SDK: the buyer-account allowlist of a Limited product. */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

const target = (accounts: unknown, id = SEED_LIMITED_PRODUCT_ID) =>
  run(h.client, changeOf('UpdateTargeting', { PositiveTargeting: { BuyerAccounts: accounts } }, id));
const allowlist = async (id = SEED_LIMITED_PRODUCT_ID) =>
  (
    (await h.client.send(new DescribeEntityCommand({ Catalog: 'AWSMarketplace', EntityId: id })))
      .DetailsDocument as { Targeting: { PositiveTargeting: { BuyerAccounts: string[] } } }
  ).Targeting.PositiveTargeting.BuyerAccounts;

test('a Limited product takes an allowlist, kept once per account, and a later one replaces it', async () => {
  const out = await target(['111122223333', '444455556666', '111122223333']);
  expect(out.Status).toBe('SUCCEEDED');
  expect(await allowlist()).toEqual(['111122223333', '444455556666']);
  expect((await target(['999988887777'])).Status).toBe('SUCCEEDED');
  expect(await allowlist()).toEqual(['999988887777']);
});

test.each([
  ['11 digits', ['11112222333']],
  ['letters', ['11112222333a']],
  ['a number instead of a string', [111122223333]],
  ['no list', undefined],
])(
  'an allowlist with %s fails with INVALID_AWS_ACCOUNT_IDS and changes nothing',
  async (_label, accounts) => {
    const before = await allowlist();
    const out = await target(accounts);
    expect(out.Status).toBe('FAILED');
    expect(codesOf(out)).toEqual(['INVALID_AWS_ACCOUNT_IDS']);
    expect(await allowlist()).toEqual(before);
  },
);

test('a Public product refuses an allowlist with INVALID_PRODUCT_VISIBILITY', async () => {
  const out = await target(['111122223333'], SEED_PRODUCT_ID);
  expect(codesOf(out)).toEqual(['INVALID_PRODUCT_VISIBILITY']);
  expect(await allowlist(SEED_PRODUCT_ID)).toEqual([]);
});

test('a Draft takes its allowlist before release, as in AWS typical sequence (§9.4)', async () => {
  expect((await target(['111122223333'], SEED_DRAFT_PRODUCT_ID)).Status).toBe('SUCCEEDED');
  expect(await allowlist(SEED_DRAFT_PRODUCT_ID)).toEqual(['111122223333']);
});
