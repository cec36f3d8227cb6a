import {
  CancelChangeSetCommand,
  DescribeChangeSetCommand,
  StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { emuChangeSet } from '@/lib/db/schema';
import { harness, type Harness } from '../testing';
import { enableHolds } from './holds';

/*
 * The test control through HTTP. Steps are a minute long and a test makes a transition due by moving
 * its stored time, so "held" is checked against a transition that is due, never against a wait.
 */
let h: Harness;
let off: Harness;
const C = 'AWSMarketplace';
beforeAll(async () => {
  [h, off] = await Promise.all([harness({ stepMs: 60_000 }), harness({ stepMs: 60_000 })]);
  enableHolds(h.handle.db);
});
afterAll(() => Promise.all([h.close(), off.close()]));
afterEach(() => admin(h, 'DELETE', 'holds', {}));

async function admin(on: Harness, method: string, path: string, body?: unknown) {
  const res = await fetch(`${on.emulator.url}/_emulator/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function start(name: string) {
  const out = await h.client.send(
    new StartChangeSetCommand({
      Catalog: C,
      ChangeSetName: name,
      ChangeSet: [
        {
          ChangeType: 'CreateProduct',
          Entity: { Type: 'ContainerProduct@1.0' },
          DetailsDocument: { ProductTitle: name },
        },
      ],
    }),
  );
  return out.ChangeSetId!;
}
const status = async (id: string) =>
  (await h.client.send(new DescribeChangeSetCommand({ Catalog: C, ChangeSetId: id }))).Status;
/** Makes the change set's next transition due now (DescribeChangeSet applies due transitions). */
const makeDue = (id: string) =>
  h.handle.db
    .update(emuChangeSet)
    .set({ nextAt: new Date(Date.now() - 1) })
    .where(eq(emuChangeSet.changeSetId, id));

test('off unless enabled: the endpoints answer 404', async () => {
  expect((await admin(off, 'POST', 'holds', { all: true })).status).toBe(404);
  expect((await admin(off, 'POST', 'advance', { changeSetId: 'x' })).status).toBe(404);
});

test('holding all keeps a change set started later in PREPARING past its due time; advance steps it', async () => {
  expect((await admin(h, 'POST', 'holds', { all: true })).body).toEqual({ all: true, changeSetIds: [] });
  const id = await start('held from the start');
  await makeDue(id);
  expect(await status(id)).toBe('PREPARING');
  expect((await admin(h, 'POST', 'advance', { changeSetId: id })).body).toEqual({
    changeSetId: id,
    status: 'APPLYING',
  });
  await makeDue(id);
  expect(await status(id)).toBe('APPLYING');
  expect((await admin(h, 'POST', 'advance', { changeSetId: id })).body.status).toBe('SUCCEEDED');
  expect(await status(id)).toBe('SUCCEEDED');
});

test('releasing one change set lets its due transition happen; the others stay held', async () => {
  const [a, b] = [await start('release a'), await start('release b')];
  for (const id of [a, b]) await admin(h, 'POST', 'holds', { changeSetId: id });
  expect((await admin(h, 'GET', 'holds')).body.changeSetIds).toEqual([a, b]);
  await makeDue(a);
  await makeDue(b);
  expect(await status(a)).toBe('PREPARING');
  expect((await admin(h, 'DELETE', 'holds', { changeSetId: a })).body.changeSetIds).toEqual([b]);
  expect(await status(a)).toBe('APPLYING');
  expect(await status(b)).toBe('PREPARING');
});

test('a held change set can be cancelled', async () => {
  await admin(h, 'POST', 'holds', { all: true });
  const id = await start('held then cancelled');
  await h.client.send(new CancelChangeSetCommand({ Catalog: C, ChangeSetId: id }));
  expect(await status(id)).toBe('CANCELLED');
  expect((await admin(h, 'POST', 'advance', { changeSetId: id })).body.status).toBe('CANCELLED');
});

test('bad requests are named', async () => {
  expect((await admin(h, 'POST', 'holds', {})).status).toBe(400);
  expect((await admin(h, 'POST', 'advance', {})).status).toBe(400);
  expect((await admin(h, 'POST', 'advance', { changeSetId: 'nosuchchangeset' })).status).toBe(404);
});
