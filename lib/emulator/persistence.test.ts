import {
  DescribeChangeSetCommand,
  DescribeEntityCommand,
  ListChangeSetsCommand,
  ListEntitiesCommand,
  StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { openMemoryDb } from '@/lib/db/testing/template';
import { emuChangeSet } from '@/lib/db/schema';
import { addVersion, ecr, IMAGES_120 } from './fixtures';
import { startEmulator } from './index';
import { SEED_IMAGE_REPOSITORY, SEED_PRODUCT_ID, SEED_VULNERABLE_TAG } from './seed';
import { sdkClient, settle } from './testing';

/* State lives in the database: restarts, several service instances on one database, reset, admin API. */
let handle: DbHandle;
beforeAll(async () => {
  handle = await openMemoryDb();
});
afterAll(() => handle.close());

const C = 'AWSMarketplace';
const revisionOf = async (client: ReturnType<typeof sdkClient>) =>
  Number(
    (
      await client.send(new DescribeEntityCommand({ Catalog: C, EntityId: SEED_PRODUCT_ID }))
    ).EntityIdentifier!.split('@')[1],
  );

test('a change set started before a restart completes after it, from its stored timestamps', async () => {
  const a = await startEmulator({ db: handle.db, port: 0, stepMs: 2000 });
  const ca = sdkClient(a.url);
  const rev = await revisionOf(ca);
  const { ChangeSetId } = await ca.send(
    new StartChangeSetCommand({ Catalog: C, ChangeSet: [addVersion([ecr()], { VersionTitle: 'restart' })] }),
  );
  ca.destroy();
  await a.close();
  const b = await startEmulator({ db: handle.db, port: 0, stepMs: 150 });
  const cb = sdkClient(b.url);
  expect(['PREPARING', 'APPLYING']).toContain(
    (await cb.send(new DescribeChangeSetCommand({ Catalog: C, ChangeSetId }))).Status,
  );
  expect((await settle(cb, ChangeSetId!)).Status).toBe('SUCCEEDED');
  expect(await revisionOf(cb)).toBe(rev + 1);
  const entities = await cb.send(new ListEntitiesCommand({ Catalog: C, EntityType: 'ContainerProduct' }));
  expect(entities.EntitySummaryList).toHaveLength(3);
  cb.destroy();
  await b.close();
});

test('two instances on one database apply each transition once', async () => {
  const a = await startEmulator({ db: handle.db, port: 0, stepMs: 60_000 });
  const b = await startEmulator({ db: handle.db, port: 0, stepMs: 60_000 });
  const ca = sdkClient(a.url);
  const cb = sdkClient(b.url);
  const rev = await revisionOf(ca);
  const { ChangeSetId } = await ca.send(
    new StartChangeSetCommand({ Catalog: C, ChangeSet: [addVersion([ecr()], { VersionTitle: 'twice?' })] }),
  );
  const due = (values: Partial<typeof emuChangeSet.$inferInsert>) =>
    handle.db.update(emuChangeSet).set(values).where(eq(emuChangeSet.changeSetId, ChangeSetId!));
  // Make each transition due, then let both engines race for it in the same instant.
  await due({ startTime: new Date(Date.now() - 61_000), nextAt: new Date(Date.now() - 1_000) });
  await Promise.all([a.engine.advanceDue(), b.engine.advanceDue()]);
  await due({ startTime: new Date(Date.now() - 121_000) });
  await due({ nextAt: new Date(Date.now() - 1_000) });
  await Promise.all([a.engine.advanceDue(), b.engine.advanceDue()]);
  const [x, y] = await Promise.all([settle(ca, ChangeSetId!), settle(cb, ChangeSetId!)]);
  expect([x.Status, y.Status]).toEqual(['SUCCEEDED', 'SUCCEEDED']);
  expect(await revisionOf(cb)).toBe(rev + 1);
  const doc = (await cb.send(new DescribeEntityCommand({ Catalog: C, EntityId: SEED_PRODUCT_ID })))
    .DetailsDocument as { Versions: { VersionTitle: string }[] };
  expect(doc.Versions.filter((v) => v.VersionTitle === 'twice?')).toHaveLength(1);
  ca.destroy();
  cb.destroy();
  await Promise.all([a.close(), b.close()]);
});

test('admin endpoints: health, images, push, reset', async () => {
  const e = await startEmulator({ db: handle.db, port: 0, stepMs: 50 });
  const client = sdkClient(e.url);
  const health = (await (await fetch(`${e.url}/_emulator/health`)).json()) as { ok: boolean; url: string };
  expect(health).toMatchObject({ ok: true, url: e.url });
  const images = (await (await fetch(`${e.url}/_emulator/images?productId=${SEED_PRODUCT_ID}`)).json()) as {
    repositories: { url: string; tags: { tag: string; vulnerable: boolean }[] }[];
  };
  const repo = images.repositories.find((r) => r.url === SEED_IMAGE_REPOSITORY)!;
  expect(repo.tags.map((t) => t.tag)).toEqual(expect.arrayContaining(IMAGES_120.map((i) => i.split(':')[1])));
  expect(repo.tags.find((t) => t.tag === SEED_VULNERABLE_TAG)?.vulnerable).toBe(true);
  const pushed = await fetch(`${e.url}/_emulator/push`, {
    method: 'POST',
    body: JSON.stringify({ repository: SEED_IMAGE_REPOSITORY, tag: '9.9.9' }),
  });
  expect(await pushed.json()).toMatchObject({
    imageUri: `${SEED_IMAGE_REPOSITORY}:9.9.9`,
    vulnerable: false,
    productId: SEED_PRODUCT_ID,
  });
  const nowhere = await fetch(`${e.url}/_emulator/push`, {
    method: 'POST',
    body: JSON.stringify({ repository: 'no-such-repo', tag: '1.0' }),
  });
  expect(nowhere.status).toBe(404);
  expect((await fetch(`${e.url}/_emulator/images`)).status).toBe(400);
  const reset = await fetch(`${e.url}/_emulator/reset`, { method: 'POST' });
  expect(reset.status).toBe(200);
  expect(await revisionOf(client)).toBe(7);
  const sets = await client.send(new ListChangeSetsCommand({ Catalog: C }));
  expect(sets.ChangeSetSummaryList).toHaveLength(5);
  const after = (await (
    await fetch(`${e.url}/_emulator/images?productId=${SEED_PRODUCT_ID}`)
  ).json()) as typeof images;
  expect(after.repositories.flatMap((r) => r.tags.map((t) => t.tag))).not.toContain('9.9.9');
  client.destroy();
  await e.close();
});
