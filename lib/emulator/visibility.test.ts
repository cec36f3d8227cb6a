import {
  DescribeChangeSetCommand,
  DescribeEntityCommand,
  ListEntitiesCommand,
  ResourceInUseException,
  StartChangeSetCommand,
  type Change,
} from '@aws-sdk/client-marketplace-catalog';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { enableHolds, type Holds } from './engine/holds';
import { changeOf } from './fixtures';
import { SEED_DRAFT_PRODUCT_ID, SEED_LIMITED_PRODUCT_ID, SEED_PRODUCT_ID } from './seed';
import { codesOf, failure, harness, settle, type Harness } from './testing';

/*
 * UpdateVisibility through the real SDK, with the simulated Seller Operations review. Every change set
 * is held; the test advances each one, so the review lasts exactly as long as the test needs.
 */
let h: Harness;
let holds: Holds;
const C = 'AWSMarketplace';
beforeAll(async () => {
  h = await harness({ reviewMs: 3_600_000 });
  holds = enableHolds(h.handle.db);
  holds.all = true;
});
afterAll(() => h.close());
afterEach(() => faults({ reviewRejection: null }));

const faults = (patch: Record<string, unknown>) =>
  fetch(`${h.emulator.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify(patch) });
const advance = async (changeSetId: string) =>
  (
    (await (
      await fetch(`${h.emulator.url}/_emulator/advance`, {
        method: 'POST',
        body: JSON.stringify({ changeSetId }),
      })
    ).json()) as { status: string }
  ).status;
const start = async (change: Change) =>
  (await h.client.send(new StartChangeSetCommand({ Catalog: C, ChangeSet: [change] }))).ChangeSetId!;
const status = async (id: string) =>
  (await h.client.send(new DescribeChangeSetCommand({ Catalog: C, ChangeSetId: id }))).Status;
const visibility = async (id: string) =>
  (
    (await h.client.send(new DescribeEntityCommand({ Catalog: C, EntityId: id }))).DetailsDocument as {
      Description: { Visibility: string };
    }
  ).Description.Visibility;
const visibilityTo = (target: unknown, id = SEED_LIMITED_PRODUCT_ID, extra = {}) =>
  changeOf('UpdateVisibility', { TargetVisibility: target, ...extra }, id);
/** Runs a change set to its end by advancing it step by step. */
async function finish(id: string) {
  while (['PREPARING', 'APPLYING'].includes((await status(id)) ?? '')) await advance(id);
  return settle(h.client, id);
}

test('Limited → Public: in review the product is locked for every request, then it is Public', async () => {
  const id = await start(visibilityTo('Public'));
  // Held PREPARING: already with Seller Operations, so even a different change type is refused.
  const early = await failure(
    start(changeOf('UpdateTargeting', { PositiveTargeting: { BuyerAccounts: [] } }, SEED_LIMITED_PRODUCT_ID)),
  );
  expect(early).toBeInstanceOf(ResourceInUseException);
  expect(early.message).toMatch(/Seller Operations/);

  expect(await advance(id)).toBe('APPLYING');
  holds.all = false;
  await h.emulator.engine.advanceDue();
  // The review lasts reviewMs (an hour here), not a step: the engine leaves it APPLYING.
  expect(await status(id)).toBe('APPLYING');
  holds.all = true;
  const locked = await failure(
    start(changeOf('UpdateInformation', { ShortDescription: 'Changed in review.' }, SEED_LIMITED_PRODUCT_ID)),
  );
  expect(locked).toBeInstanceOf(ResourceInUseException);
  expect(locked.$metadata?.httpStatusCode).toBe(423);
  expect(await visibility(SEED_LIMITED_PRODUCT_ID)).toBe('Limited');

  expect(await advance(id)).toBe('SUCCEEDED');
  expect(await visibility(SEED_LIMITED_PRODUCT_ID)).toBe('Public');
  const listed = await h.client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      FilterList: [{ Name: 'EntityId', ValueList: [SEED_LIMITED_PRODUCT_ID] }],
    }),
  );
  expect(listed.EntitySummaryList?.[0]?.Visibility).toBe('Public');
  // The lock ends with the review.
  const after = await start(
    changeOf('UpdateInformation', { ShortDescription: 'After review.' }, SEED_LIMITED_PRODUCT_ID),
  );
  expect((await finish(after)).Status).toBe('SUCCEEDED');
});

test('a rejected review fails with AUDIT_ERROR and the reason, and the product keeps its visibility', async () => {
  await faults({ reviewRejection: 'The product logo does not meet the listing guidelines.' });
  const id = await start(visibilityTo('Restricted', SEED_PRODUCT_ID));
  expect(await advance(id)).toBe('APPLYING');
  const out = await finish(id);
  expect(out.Status).toBe('FAILED');
  expect(out.ChangeSet?.[0]?.ErrorDetailList).toEqual([
    { ErrorCode: 'AUDIT_ERROR', ErrorMessage: 'The product logo does not meet the listing guidelines.' },
  ]);
  expect(await visibility(SEED_PRODUCT_ID)).toBe('Public');
});

test.each([
  ['no TargetVisibility', SEED_PRODUCT_ID, {}, 'EMPTY_TARGET_VISIBILITY'],
  [
    'an unknown TargetVisibility',
    SEED_PRODUCT_ID,
    { TargetVisibility: 'Private' },
    'INVALID_TARGET_VISIBILITY',
  ],
  ['the current visibility', SEED_PRODUCT_ID, { TargetVisibility: 'Public' }, 'INVALID_TARGET_VISIBILITY'],
  ['a Draft product', SEED_DRAFT_PRODUCT_ID, { TargetVisibility: 'Public' }, 'INVALID_PRODUCT_STATE'],
  [
    'a replacement for Limited',
    SEED_PRODUCT_ID,
    { TargetVisibility: 'Limited', ReplacementProductId: 'prod-clairaiobsv01' },
    'INVALID_REPLACEMENT_PRODUCT_ID',
  ],
  [
    'a malformed replacement',
    SEED_PRODUCT_ID,
    { TargetVisibility: 'Restricted', ReplacementProductId: 'product-1' },
    'INVALID_REPLACEMENT_PRODUCT_ID',
  ],
])('UpdateVisibility with %s fails before review', async (_label, entity, doc, code) => {
  const before = await visibility(entity);
  const id = await start(changeOf('UpdateVisibility', doc, entity));
  expect(await advance(id)).toBe('FAILED');
  expect(codesOf(await settle(h.client, id))).toEqual([code]);
  expect(await visibility(entity)).toBe(before);
});

test('Public → Restricted with a replacement product succeeds after its review', async () => {
  const id = await start(
    visibilityTo('Restricted', SEED_PRODUCT_ID, { ReplacementProductId: 'prod-limiteddemo01' }),
  );
  expect((await finish(id)).Status).toBe('SUCCEEDED');
  expect(await visibility(SEED_PRODUCT_ID)).toBe('Restricted');
});
