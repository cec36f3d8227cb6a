import { count } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { emuChangeSet, emuEntity, emuImage, emuResourcePolicy, emuTag } from '@/lib/db/schema';
import type { StoredChange } from './changes/evaluate';
import type { ProductDoc } from './changes/types';
import * as S from './seed-ids';
import { limitedProduct, limitedProductImages } from './seed-limited-product';
import { clairAiProduct, draftProduct, seedImages } from './seed-product';
import { digestOf, pushImage } from './store/images';
import { saveProduct } from './store/entities';

export * from './seed-ids';

const DAY = 86_400_000;
const TYPE = 'ContainerProduct@1.0';

function change(
  ChangeType: string,
  entityId: string,
  revision: number,
  doc: unknown,
  errors: StoredChange['ErrorDetailList'] = [],
): StoredChange {
  return {
    ChangeType,
    Entity: { Type: TYPE, Identifier: `${entityId}@${revision}` },
    entityId,
    DetailsDocument: doc,
    Details: JSON.stringify(doc),
    ErrorDetailList: errors,
  };
}

function pastChangeSets(now: number, findingsBase: string) {
  const at = (days: number, minutes = 0) => new Date(now - days * DAY + minutes * 60_000);
  const images111 = S.SEED_COMPONENTS.map((c) => `${S.SEED_IMAGE_REPOSITORY}:internal-testing-v1.1.1-${c}`);
  const helm = (images: string[], chart: string) => ({
    DeliveryOptionTitle: 'Helm chart for Amazon EKS',
    Details: {
      HelmDeliveryOptionDetails: {
        CompatibleServices: ['EKS'],
        ContainerImages: images,
        HelmChartUri: chart,
        Description: 'Deploys ClairAI with Helm.',
        UsageInstructions: 'helm install clairai …',
        ReleaseName: 'clairai',
        Namespace: 'clairai',
        OverrideParameters: [{ Key: 'serviceAccount.name', DefaultValue: '${AWSMP_SERVICE_ACCOUNT}' }],
      },
    },
  });
  const failedImages = [
    `${S.SEED_IMAGE_REPOSITORY}:latest`,
    `${S.SEED_IMAGE_REPOSITORY}:${S.SEED_VULNERABLE_TAG}`,
  ];
  const base = { accountId: S.SEED_ACCOUNT_ID, intent: 'APPLY', stepMs: 60_000, nextAt: null };
  return [
    {
      ...base,
      changeSetId: S.SEED_CHANGE_SET_CREATE_DRAFT,
      name: 'Create ClairAI Edge Collector',
      status: 'SUCCEEDED',
      entityIds: [S.SEED_DRAFT_PRODUCT_ID],
      startTime: at(55),
      endTime: at(55, 4),
      changes: [
        {
          ...change('CreateProduct', S.SEED_DRAFT_PRODUCT_ID, 1, {
            ProductTitle: S.SEED_DRAFT_PRODUCT_TITLE,
          }),
          ChangeName: 'CreateProductChange',
        },
      ],
    },
    {
      ...base,
      changeSetId: S.SEED_CHANGE_SET_REPOSITORIES,
      name: 'Add ClairAI repositories',
      status: 'SUCCEEDED',
      entityIds: [S.SEED_PRODUCT_ID],
      startTime: at(50),
      endTime: at(50, 6),
      changes: [
        change('AddRepositories', S.SEED_PRODUCT_ID, 3, {
          Repositories: [
            { RepositoryName: 'clairai', RepositoryType: 'ECR' },
            { RepositoryName: 'clairai-helm', RepositoryType: 'ECR' },
          ],
        }),
      ],
    },
    {
      ...base,
      changeSetId: S.SEED_CHANGE_SET_VERSION_1_1,
      name: 'Add version 1.1.1',
      status: 'SUCCEEDED',
      entityIds: [S.SEED_PRODUCT_ID],
      startTime: at(20),
      endTime: at(20, 42),
      changes: [
        change('AddDeliveryOptions', S.SEED_PRODUCT_ID, 5, {
          Version: {
            VersionTitle: '1.1.1',
            ReleaseNotes: 'Important: YACE exporter upgrade and ARM64 images.',
          },
          DeliveryOptions: [helm(images111, `${S.SEED_CHART_REPOSITORY}:${S.SEED_CHART_VERSION}`)],
        }),
      ],
    },
    {
      ...base,
      changeSetId: S.SEED_CHANGE_SET_FAILED,
      name: 'Add version 1.1.2',
      status: 'FAILED',
      failureCode: 'CLIENT_ERROR',
      failureDescription: "Change set preparation has failed. For details see 'ErrorDetailList'.",
      entityIds: [S.SEED_PRODUCT_ID],
      startTime: at(5),
      endTime: at(5, 18),
      changes: [
        change(
          'AddDeliveryOptions',
          S.SEED_PRODUCT_ID,
          7,
          {
            Version: { VersionTitle: '1.1.2', ReleaseNotes: 'Agent hotfix.' },
            DeliveryOptions: [helm(failedImages, `${S.SEED_CHART_REPOSITORY}:${S.SEED_CHART_VERSION}`)],
          },
          [
            {
              ErrorCode: 'INVALID_CONTAINER_IMAGE_TAG',
              ErrorMessage: `Avoid using 'latest' tag. Image: ${failedImages[0]}`,
            },
            {
              ErrorCode: 'SCAN_ERROR',
              ErrorMessage: `Fix security vulnerability "CVE-2024-3094" on Image "${failedImages[1]}". Findings: ${findingsBase}/${digestOf(S.SEED_IMAGE_REPOSITORY, S.SEED_VULNERABLE_TAG).slice(7)}.json`,
            },
          ],
        ),
      ],
    },
    {
      ...base,
      changeSetId: S.SEED_CHANGE_SET_CANCELLED,
      name: 'Update ClairAI description',
      status: 'CANCELLED',
      entityIds: [S.SEED_PRODUCT_ID],
      startTime: at(2),
      endTime: at(2, 1),
      changes: [
        change('UpdateInformation', S.SEED_PRODUCT_ID, 7, {
          ShortDescription: 'Observability for Amazon EKS, now with Tempo traces.',
        }),
      ],
    },
  ];
}

/** Writes the seeded world into empty emulator tables. */
export async function seedWorld(
  db: Db,
  findingsBase = 'http://127.0.0.1:4010/_emulator/findings',
): Promise<void> {
  const now = Date.now();
  await db.transaction(async (tx) => {
    await saveProduct(
      tx,
      S.SEED_PRODUCT_ID,
      clairAiProduct() as ProductDoc,
      7,
      new Date(now - 5 * DAY),
      S.SEED_ACCOUNT_ID,
    );
    await saveProduct(
      tx,
      S.SEED_DRAFT_PRODUCT_ID,
      draftProduct(),
      1,
      new Date(now - 55 * DAY),
      S.SEED_ACCOUNT_ID,
    );
    await saveProduct(
      tx,
      S.SEED_LIMITED_PRODUCT_ID,
      limitedProduct(),
      1,
      new Date(now - 17 * DAY),
      S.SEED_ACCOUNT_ID,
    );
    for (const i of seedImages()) await pushImage(tx, i.repository, i.tag, i.vulnerable);
    for (const i of limitedProductImages()) await pushImage(tx, i.repository, i.tag);
    await tx.insert(emuChangeSet).values(pastChangeSets(now, findingsBase));
  });
}

/** True when the emulator tables hold no entities (first start). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ n: count() }).from(emuEntity);
  return Number(rows[0]?.n ?? 0) === 0;
}

/** Restores the seeded world: every emulator row is removed, then the seed is written again. */
export async function resetEmulator(db: Db, findingsBase?: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const t of [emuChangeSet, emuEntity, emuImage, emuTag, emuResourcePolicy]) await tx.delete(t);
  });
  await seedWorld(db, findingsBase);
}
