import { StartChangeSetCommand, ValidationException } from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import EKS_ADDONS from '@/lib/facts/eks-addons.json';
import { addVersion, changeOf, eks } from './fixtures';
import { SEED_DRAFT_PRODUCT_ID, SEED_IMAGE_REPOSITORY, SEED_OPTION_EKS_ADDON_ID } from './seed';
import { codesOf, failure, harness, run, type Harness } from './testing';

/* Behaviour AWS documents for container products, through the real SDK over HTTP. */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

test('Intent VALIDATE is refused for container products with a ValidationException naming Intent', async () => {
  const e = await failure(
    h.client.send(
      new StartChangeSetCommand({
        Catalog: 'AWSMarketplace',
        Intent: 'VALIDATE',
        ChangeSet: [changeOf('UpdateInformation', { ShortDescription: 'Dry run?' })],
      }),
    ),
  );
  expect(e).toBeInstanceOf(ValidationException);
  expect(e.$metadata?.httpStatusCode).toBe(422);
  expect(e.message).toMatch(/single-AMI/);
  expect(e.ValidationExceptionFieldList).toEqual([expect.objectContaining({ Field: 'Intent' })]);
});

test('restricting an EKS add-on option is refused (not supported through the Catalog API)', async () => {
  const out = await run(
    h.client,
    changeOf('RestrictDeliveryOptions', { DeliveryOptionIds: [SEED_OPTION_EKS_ADDON_ID] }),
  );
  expect(out.Status).toBe('FAILED');
  expect(codesOf(out)).toEqual(['INVALID_DELIVERY_OPTION_TYPE']);
  expect(out.ChangeSet?.[0]?.ErrorDetailList?.[0]?.ErrorMessage).toMatch(
    /not supported through the Catalog API/,
  );
});

test('a product holds at most 50 repositories', async () => {
  const names = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({ RepositoryName: `${prefix}-${i}`, RepositoryType: 'ECR' }));
  const add = (n: number, prefix: string) =>
    run(h.client, changeOf('AddRepositories', { Repositories: names(n, prefix) }, SEED_DRAFT_PRODUCT_ID));
  const over = await add(51, 'over');
  expect(codesOf(over)).toEqual(['MISSING_REPOSITORY_INFORMATION']);
  expect(over.ChangeSet?.[0]?.ErrorDetailList?.[0]?.ErrorMessage).toMatch(/50 repositories per product/);
  expect((await add(49, 'fits')).Status).toBe('SUCCEEDED');
  expect((await add(1, 'last')).Status).toBe('SUCCEEDED');
  expect(codesOf(await add(1, 'one-more'))).toEqual(['MISSING_REPOSITORY_INFORMATION']);
});

test('a pushed tag is spent: pushing it again is refused, whatever the body', async () => {
  const push = (vulnerable: boolean) =>
    fetch(`${h.emulator.url}/_emulator/push`, {
      method: 'POST',
      body: JSON.stringify({ repository: SEED_IMAGE_REPOSITORY, tag: 'immutable-1', vulnerable }),
    });
  expect((await push(false)).status).toBe(200);
  const again = await push(true);
  expect(again.status).toBe(409);
  expect(((await again.json()) as { error: string }).error).toMatch(/immutable/);
  const images = (await (
    await fetch(`${h.emulator.url}/_emulator/images?productId=prod-clairaiobsv01`)
  ).json()) as { repositories: { tags: { tag: string; vulnerable: boolean }[] }[] };
  const tag = images.repositories.flatMap((r) => r.tags).find((t) => t.tag === 'immutable-1');
  expect(tag?.vulnerable).toBe(false);
});

test("add-on types and Kubernetes versions come from lib/facts/eks-addons.json; the seed's values pass", async () => {
  expect(EKS_ADDONS.source).toMatch(/seed 001/);
  const seedValues = {
    AddOnType: 'observability',
    CompatibleKubernetesVersions: ['1.19', '1.20', '1.25', '1.26'],
  };
  const ok = await run(h.client, addVersion([eks(seedValues, 'EKS add-on 1.2.0', 'Limited')]));
  expect(codesOf(ok)).toEqual([]);
  expect(ok.Status).toBe('SUCCEEDED');
  const bad = await run(
    h.client,
    addVersion([eks({ AddOnType: 'databases', CompatibleKubernetesVersions: ['1.18'] }, 'EKS', 'Limited')], {
      VersionTitle: '1.2.1',
    }),
  );
  expect(codesOf(bad)).toEqual(expect.arrayContaining(['INVALID_ADDON_TYPE', 'INVALID_KUBERNETES_VERSION']));
  // The seed writes 'Gitops' and 'Security': accepted as types (this product's add-on stays observability).
  const seedSpelling = await run(
    h.client,
    addVersion([eks({ AddOnType: 'Security', AddOnVersion: '0.3.0' }, 'EKS', 'Limited')], {
      VersionTitle: '1.2.1',
    }),
  );
  expect(codesOf(seedSpelling)).toEqual(['INCOMPATIBLE_ADDON_TYPE']);
});
