import {
  DescribeChangeSetCommand,
  DescribeEntityCommand,
  ResourceInUseException,
  StartChangeSetCommand,
  type Change,
} from '@aws-sdk/client-marketplace-catalog';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { emuChangeSet } from '@/lib/db/schema';
import { addVersion, changeOf, ecr } from './fixtures';
import { SEED_OPTION_HELM_1_0_ID, SEED_PRODUCT_ID } from './seed';
import { failure, harness, settle, type Harness } from './testing';

/*
 * Entity locks as AWS's guide for container products describes them. Steps are a minute long and the
 * test moves the stored timestamps, so every state is held exactly as long as the test needs it.
 */
let h: Harness;
const C = 'AWSMarketplace';
beforeAll(async () => {
  h = await harness({ stepMs: 60_000 });
});
afterAll(() => h.close());

const start = (change: Change) =>
  h.client.send(new StartChangeSetCommand({ Catalog: C, ChangeSet: [change] }));
const status = async (id: string) =>
  (await h.client.send(new DescribeChangeSetCommand({ Catalog: C, ChangeSetId: id }))).Status;
const shift = (id: string, values: Partial<typeof emuChangeSet.$inferInsert>) =>
  h.handle.db.update(emuChangeSet).set(values).where(eq(emuChangeSet.changeSetId, id));
/** Moves a PREPARING change set into APPLYING (held there for half a step). */
async function toApplying(id: string) {
  const now = Date.now();
  await shift(id, { startTime: new Date(now - 90_000), nextAt: new Date(now - 1) });
  expect(await status(id)).toBe('APPLYING');
}
const finish = (id: string) => shift(id, { nextAt: new Date(Date.now() - 1) });
const revision = async () =>
  Number(
    (
      await h.client.send(new DescribeEntityCommand({ Catalog: C, EntityId: SEED_PRODUCT_ID }))
    ).EntityIdentifier!.split('@')[1],
  );

const info = (text: string) => changeOf('UpdateInformation', { ShortDescription: text });
const restrict = changeOf('RestrictDeliveryOptions', { DeliveryOptionIds: [SEED_OPTION_HELM_1_0_ID] });

test('while PREPARING, the same change type is refused and a different one starts; APPLYING blocks all', async () => {
  const rev = await revision();
  const first = await start(info('First.'));
  expect(await status(first.ChangeSetId!)).toBe('PREPARING');

  const same = await failure(start(info('Second.')));
  expect(same).toBeInstanceOf(ResourceInUseException);
  expect(same.$metadata?.httpStatusCode).toBe(423);
  expect(same.message).toContain(first.ChangeSetId!);
  expect(same.message).toContain('UpdateInformation');

  const other = await start(addVersion([ecr()]));
  expect(await status(other.ChangeSetId!)).toBe('PREPARING');

  await toApplying(first.ChangeSetId!);
  const blocked = await failure(start(restrict));
  expect(blocked).toBeInstanceOf(ResourceInUseException);
  expect(blocked.message).toMatch(/APPLYING/);

  await finish(first.ChangeSetId!);
  expect((await settle(h.client, first.ChangeSetId!)).Status).toBe('SUCCEEDED');
  await toApplying(other.ChangeSetId!);
  await finish(other.ChangeSetId!);
  expect((await settle(h.client, other.ChangeSetId!)).Status).toBe('SUCCEEDED');
  expect(await revision()).toBe(rev + 2);

  const free = await start(info('Free again.'));
  await toApplying(free.ChangeSetId!);
  await finish(free.ChangeSetId!);
  expect((await settle(h.client, free.ChangeSetId!)).Status).toBe('SUCCEEDED');
});
