/**
 * Submission against the real local Catalog service over the SDK: one draft revision submitted ten
 * times at once yields one StartChangeSet call and one change set, and every caller sees its id.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import type { RunningEmulator } from '@/lib/emulator';
import { emptyOption, emptyWizardForm, type WizardForm } from '@/lib/draft/form';
import type * as Flow from './submission-flow';
import type * as Drafts from '@/lib/db/queries/drafts';
import type * as Seed from '@/lib/emulator/seed';

vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let handle: DbHandle;
let emu: RunningEmulator;
let flow: typeof Flow;
let drafts: typeof Drafts;
let seed: typeof Seed;
const calls: string[] = [];
const throttled: string[] = [];

beforeAll(async () => {
  const { openMemoryDb } = await import('@/lib/db/testing/template');
  const { setDbHandle } = await import('@/lib/db/runtime');
  const { startEmulator } = await import('@/lib/emulator');
  handle = await openMemoryDb();
  setDbHandle(handle);
  emu = await startEmulator({ db: handle.db, port: 0, stepMs: 60_000 });
  process.env.CATALOG_ENDPOINT = emu.url;
  process.env.CATALOG_TARGET = 'local';
  const { getCatalogClient } = await import('@/lib/catalog/client');
  // Count StartChangeSet calls as they leave the SDK.
  getCatalogClient().middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  // Count every attempt the service throttled (the SDK's retries included).
  getCatalogClient().middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (e) {
        if ((e as Error).name === 'ThrottlingException') throttled.push(String(context.commandName));
        throw e;
      }
    },
    { step: 'deserialize', name: 'countThrottles' },
  );
  flow = await import('./submission-flow');
  drafts = await import('@/lib/db/queries/drafts');
  seed = await import('@/lib/emulator/seed');
}, 60_000);

afterAll(async () => {
  await emu?.close();
  await handle?.close();
});

async function draftOf(
  form: WizardForm,
  productId = seed.SEED_PRODUCT_ID,
  attestations: Record<string, unknown> = {},
) {
  const row = await drafts.createDraft(handle.db, {
    productId,
    productTitle: 'ClairAI',
    changeType: form.changeType,
    title: 't',
    data: form,
    authorId: 'pm',
  });
  if (Object.keys(attestations).length)
    await handle.db.execute(
      sql`update draft set attestations = ${JSON.stringify(attestations)}::jsonb where id = ${row.id}`,
    );
  return row;
}

const repos = (name: string): WizardForm => ({
  ...emptyWizardForm('AddRepositories'),
  repositories: [{ name }],
});

describe('submitDraftRevision', () => {
  it('ten parallel submits of one revision → one StartChangeSet, one change set, one id for all', async () => {
    const d = await draftOf(repos('parallel-repo'));
    calls.length = 0;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        flow.submitDraftRevision(handle.db, { draftId: d.id, revision: 1, userId: 'seller' }),
      ),
    );
    const ids = results.map((r) =>
      r.status === 'fulfilled' ? r.value.changeSetId : `rejected: ${String(r.reason)}`,
    );
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[a-z0-9]+$/);
    expect(calls.filter((c) => c === 'StartChangeSetCommand')).toHaveLength(1);
    const rows = (await handle.db.execute(
      sql`select count(*)::int as n from emu_change_set where change_set_id = ${ids[0]}`,
    )) as { rows: unknown[] };
    expect((rows.rows[0] as { n: number }).n).toBe(1);
    // A later retry of the same revision returns the same id without calling AWS again.
    calls.length = 0;
    await expect(
      flow.submitDraftRevision(handle.db, { draftId: d.id, revision: 1, userId: 'seller' }),
    ).resolves.toEqual({ changeSetId: ids[0] });
    expect(calls.filter((c) => c === 'StartChangeSetCommand')).toHaveLength(0);
  });

  it('turns ResourceInUseException into "busy with change set X" naming the open change set', async () => {
    // The first test's change set is still PREPARING (60 s steps), so the product is locked.
    const d = await draftOf(repos('second-repo'));
    const err = await flow
      .submitDraftRevision(handle.db, { draftId: d.id, revision: 1, userId: 'seller' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BUSY' });
    expect((err as Error).message).toMatch(/busy with change set [a-z0-9]+/);
    expect((err as { details: { changeSetId?: string } }).details.changeSetId).toBeTruthy();
  });

  it('names the open change set when polling has spent this second of the ListChangeSets quota', async () => {
    const { accountLimiters } = await import('@/lib/tracking/limiter');
    const { listChangeSets } = await import('@/lib/catalog/change-sets');
    // The tracker's polling takes the account's 5 ListChangeSets calls of this second.
    for (let i = 0; i < 5; i++) {
      await accountLimiters().ListChangeSets.acquire();
      await listChangeSets({ singleAttempt: true });
    }
    throttled.length = 0;
    const d = await draftOf(repos('third-repo'));
    const err = await flow
      .submitDraftRevision(handle.db, { draftId: d.id, revision: 1, userId: 'seller' })
      .catch((e: unknown) => e);
    expect((err as { details: { changeSetId?: string } }).details.changeSetId).toMatch(/^[a-z0-9]+$/);
    expect(throttled).toEqual([]);
  });

  it('refuses while the checklist blocks: invalid names, missing attestations, stale revision', async () => {
    const bad = await draftOf(repos('Bad Name!'), seed.SEED_DRAFT_PRODUCT_ID);
    calls.length = 0;
    await expect(
      flow.submitDraftRevision(handle.db, { draftId: bad.id, revision: 1, userId: 's' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const version: WizardForm = {
      ...emptyWizardForm('AddDeliveryOptions'),
      versionTitle: '9.9.9',
      releaseNotes: 'Notes',
      options: [
        {
          ...emptyOption('ecr'),
          title: 'Images',
          description: 'd',
          usage: 'u',
          images: [`${seed.SEED_IMAGE_REPOSITORY}:internal-testing-v1.1.1-agent`],
        },
      ],
    };
    const unattested = await draftOf(version, seed.SEED_DRAFT_PRODUCT_ID);
    const err = await flow
      .submitDraftRevision(handle.db, { draftId: unattested.id, revision: 1, userId: 's' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      (err as { details: { blocking: string[] } }).details.blocking.some((m) => m.startsWith('Attest:')),
    ).toBe(true);
    await expect(
      flow.submitDraftRevision(handle.db, { draftId: unattested.id, revision: 2, userId: 's' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const release: WizardForm = {
      ...emptyWizardForm('UpdateDeliveryOptionsVisibility'),
      optionIds: [seed.SEED_OPTION_EKS_ADDON_ID],
    };
    const noIsv = await draftOf(release, seed.SEED_DRAFT_PRODUCT_ID);
    const e2 = await flow
      .submitDraftRevision(handle.db, { draftId: noIsv.id, revision: 1, userId: 's' })
      .catch((e: unknown) => e);
    expect((e2 as { details: { blocking: string[] } }).details.blocking.join(' ')).toMatch(/ISV testing/);
    expect(calls.filter((c) => c === 'StartChangeSetCommand')).toHaveLength(0);
  });
});
