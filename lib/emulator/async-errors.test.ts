import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addVersion, changeOf, CHART_020, ecr, eks, helm, image, IMAGES_120 } from './fixtures';
import {
  SEED_CHART_REPOSITORY,
  SEED_DRAFT_PRODUCT_ID,
  SEED_OPTION_ECR_ID,
  SEED_OPTION_EKS_ADDON_ID,
  SEED_OPTION_HELM_1_0_ID,
  SEED_OPTION_HELM_ID,
  SEED_REGISTRY,
  SEED_VULNERABLE_TAG,
} from './seed';
import { codesOf, harness, run, type Harness } from './testing';

/*
 * One test per asynchronous error code the service raises, each built from the condition seed 001
 * documents. Every case fails the change set with CLIENT_ERROR and leaves the product untouched.
 */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

type Case = [code: string, change: ReturnType<typeof addVersion>];
const many = Array.from({ length: 51 }, (_, i) => image(`t${i}`));

const addDeliveryOptions: Case[] = [
  ['INCOMPATIBLE_PRODUCT_STATUS', addVersion([ecr()], {}, SEED_DRAFT_PRODUCT_ID)],
  ['INCOMPATIBLE_SERVICES', addVersion([ecr({ CompatibleServices: ['Lambda'] })])],
  ['NO_SERVICE_SPECIFIED', addVersion([ecr({ CompatibleServices: [] })])],
  ['DUPLICATE_COMPATIBLE_AWS_SERVICES', addVersion([ecr({ CompatibleServices: ['EKS', 'EKS'] })])],
  ['INVALID_VERSION_TITLE', addVersion([ecr()], { VersionTitle: ' 1.2.0' })],
  ['DUPLICATE_VERSION_TITLE', addVersion([ecr()], { VersionTitle: '1.1.1' })],
  // "less than 30,000" / "fewer than 1,000": the number itself is refused (reference corrections).
  ['INVALID_RELEASE_NOTES', addVersion([ecr()], { ReleaseNotes: 'x'.repeat(30_000) })],
  ['INVALID_USAGE_INSTRUCTIONS', addVersion([ecr({ UsageInstructions: '' })])],
  ['INVALID_SHORT_DESCRIPTION', addVersion([ecr({ Description: 'd'.repeat(1000) })])],
  ['MISSING_CONTAINER_IMAGES', addVersion([ecr({ ContainerImages: [] })])],
  ['TOO_MANY_CONTAINER_IMAGES', addVersion([ecr({ ContainerImages: many })])],
  ['DUPLICATE_CONTAINER_IMAGES', addVersion([ecr({ ContainerImages: [IMAGES_120[0], IMAGES_120[0]] })])],
  ['INVALID_CONTAINER_IMAGES', addVersion([ecr({ ContainerImages: ['not an image'] })])],
  ['IMAGE_NOT_FOUND', addVersion([ecr({ ContainerImages: ['docker.io/library/nginx:1.25'] })])],
  ['IMAGE_NOT_FOUND', addVersion([ecr({ ContainerImages: ['nginx:1.25'] })])],
  [
    'INVALID_CONTAINER_IMAGE_REPOSITORY',
    addVersion([ecr({ ContainerImages: [`${SEED_REGISTRY}/info-services/not-created:1.0`] })]),
  ],
  ['INVALID_CONTAINER_IMAGE_TAG', addVersion([ecr({ ContainerImages: [image('latest')] })])],
  ['INVALID_CONTAINER_IMAGE_TAG_FORMAT', addVersion([ecr({ ContainerImages: [image('-bad-tag')] })])],
  [
    'INVALID_CONTAINER_IMAGE_URI',
    addVersion([ecr({ ContainerImages: [image('internal-testing-v9.9.9-backend')] })]),
  ],
  ['SCAN_ERROR', addVersion([ecr({ ContainerImages: [image(SEED_VULNERABLE_TAG)] })])],
  ['DUPLICATE_DELIVERY_OPTION_TITLES', addVersion([ecr({}, 'Same'), helm({}, 'Same')])],
  ['INVALID_FULFILLMENT_OPTION_TITLE', addVersion([ecr({}, 't'.repeat(73))])],
  ['INVALID_DETAILS', addVersion([{ DeliveryOptionTitle: 'x', Details: { EcrDeliveryOptionDetails: 'x' } }])],
  ['INVALID_DELIVERY_OPTIONS_INPUT', addVersion([{ DeliveryOptionTitle: 'x', Details: {} }])],
  [
    'INVALID_DELIVERY_OPTIONS_INPUT',
    addVersion([
      { DeliveryOptionTitle: 'x', Details: { ...(ecr().Details as object), ...(helm().Details as object) } },
    ]),
  ],
  [
    'EMPTY_RESOURCE_NAME',
    addVersion([ecr({ DeploymentResources: [{ Name: '', Url: 'https://example.com' }] })]),
  ],
  ['EMPTY_RESOURCE_URL', addVersion([ecr({ DeploymentResources: [{ Name: 'Docs', Url: '' }] })])],
  [
    'INVALID_RESOURCE_NAME',
    addVersion([ecr({ DeploymentResources: [{ Name: 'n'.repeat(256), Url: 'https://example.com' }] })]),
  ],
  [
    'INVALID_RESOURCE_URL',
    addVersion([
      ecr({ DeploymentResources: [{ Name: 'Docs', Url: `https://example.com/${'u'.repeat(256)}` }] }),
    ]),
  ],
  ['INVALID_ARN', addVersion([ecr({ AccessRoleArn: 'not-an-arn' })])],
  ['NO_LICENSE_SECRET_KEYS', addVersion([helm({ CompatibleServices: ['EKS', 'EKS-Anywhere'] })])],
  ['NO_SERVICE_ACCOUNT_CONFIGURATION', addVersion([helm({ OverrideParameters: [] })])],
  [
    'OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS',
    addVersion([
      helm({ OverrideParameters: [{ Key: 'bad key!', DefaultValue: '${AWSMP_SERVICE_ACCOUNT}' }] }),
    ]),
  ],
  [
    'OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS',
    addVersion([helm({ OverrideParameters: [{ Key: 'a-b', DefaultValue: '${AWSMP_SERVICE_ACCOUNT}' }] })]),
  ],
  [
    'INVALID_DETAILS',
    addVersion([
      helm({
        OverrideParameters: Array.from({ length: 16 }, (_, i) => ({
          Key: `key${i}`,
          DefaultValue: '${AWSMP_SERVICE_ACCOUNT}',
        })),
      }),
    ]),
  ],
  [
    'DUPLICATE_OVERRIDE_PARAMETER_KEYS',
    addVersion([
      helm({
        OverrideParameters: [
          { Key: 'a', DefaultValue: '${AWSMP_SERVICE_ACCOUNT}' },
          { Key: 'a', DefaultValue: 'x' },
        ],
      }),
    ]),
  ],
  ['INVALID_NAMESPACE', addVersion([helm({ Namespace: 'Optional Kubernetes namespace' })])],
  ['INVALID_RELEASE_NAME', addVersion([helm({ ReleaseName: 'Optional release name' })])],
  ['INVALID_HELM_CHART_URI', addVersion([helm({ HelmChartUri: `${SEED_CHART_REPOSITORY}:helmchart1.1` })])],
  ['INVALID_ADDON_NAME', addVersion([eks({ AddOnName: 'ab' })])],
  ['INVALID_ADDON_NAME', addVersion([eks({ AddOnName: 'clairai-' })])],
  ['INVALID_ADDON_NAME_PATTERN', addVersion([eks({ AddOnName: '-clairai' })])],
  ['INVALID_ADDON_VERSION_PATTERN', addVersion([eks({ AddOnVersion: 'v1.2' })])],
  ['DUPLICATE_ADDON_VERSION', addVersion([eks({ AddOnVersion: '0.1.0' })])],
  ['DUPLICATE_ADDON_NAME', addVersion([eks()], {}, SEED_DRAFT_PRODUCT_ID)],
  ['INVALID_ADDON_TYPE', addVersion([eks({ AddOnType: 'telemetry-magic' })])],
  ['INVALID_KUBERNETES_VERSION', addVersion([eks({ CompatibleKubernetesVersions: ['1.10'] })])],
  ['DUPLICATE_KUBERNETES_VERSIONS', addVersion([eks({ CompatibleKubernetesVersions: ['1.30', '1.30'] })])],
  ['INVALID_ARCHITECTURE', addVersion([eks({ SupportedArchitectures: ['s390x'] })])],
  ['DUPLICATE_SUPPORTED_ARCHITECTURES', addVersion([eks({ SupportedArchitectures: ['amd64', 'amd64'] })])],
  ['INVALID_VISIBILITY_STATE', addVersion([eks({}, 'EKS add-on 1.2.0', 'Public')])],
  [
    'INVALID_ENVIRONMENT_OVERRIDE_PARAMETER_VALUE',
    addVersion([eks({ EnvironmentOverrideParameters: [{ Key: 'r', Value: 'us-east-1' }] })]),
  ],
  [
    'DUPLICATE_ENVIRONMENT_OVERRIDE_PARAMETER_KEY',
    addVersion([
      eks({
        EnvironmentOverrideParameters: [
          { Key: 'r', Value: '${AWS_REGION}' },
          { Key: 'r', Value: '${AWS_EKS_CLUSTER_NAME}' },
        ],
      }),
    ]),
  ],
  ['TOO_MANY_EKS_ADDON_DELIVERY_OPTIONS', addVersion([eks({}, 'Add-on A'), eks({}, 'Add-on B')])],
  ['INCOMPATIBLE_ADDON_NAME', addVersion([eks({ AddOnName: 'clairai-two' })])],
  ['INCOMPATIBLE_ADDON_TYPE', addVersion([eks({ AddOnType: 'monitoring' })])],
  ['INCOMPATIBLE_ADDON_NAMESPACE', addVersion([eks({ Namespace: 'other-ns' })])],
  ['INVALID_ADDON_NAMESPACE', addVersion([eks({ Namespace: 'Bad_Namespace' })])],
];

const update = (options: unknown, version?: unknown, entity?: string) =>
  changeOf(
    'UpdateDeliveryOptions',
    {
      ...(version ? { Version: version } : {}),
      ...(options !== undefined ? { DeliveryOptions: options } : {}),
    },
    entity,
  );
const updateDeliveryOptions: Case[] = [
  [
    'INCOMPATIBLE_ADDON_TYPE',
    update([
      {
        Id: SEED_OPTION_EKS_ADDON_ID,
        Details: { EksAddOnDeliveryOptionDetails: { AddOnType: 'networking' } },
      },
    ]),
  ],
  [
    'INCOMPATIBLE_PRODUCT_STATUS',
    update(
      [{ Id: SEED_OPTION_ECR_ID, Details: { EcrDeliveryOptionDetails: { Description: 'x' } } }],
      undefined,
      SEED_DRAFT_PRODUCT_ID,
    ),
  ],
  ['NO_CHANGE_FOUND', update(undefined)],
  ['EMPTY_DELIVERY_OPTION_IDS', update([])],
  [
    'MISSING_DELIVERY_OPTION_IDS',
    update([
      {
        Id: 'b1c2d3e4-dead-4a1b-8c2d-000000000000',
        Details: { EcrDeliveryOptionDetails: { Description: 'x' } },
      },
    ]),
  ],
  [
    'DUPLICATE_DELIVERY_OPTION_IDS',
    update(
      [1, 2].map(() => ({
        Id: SEED_OPTION_ECR_ID,
        Details: { EcrDeliveryOptionDetails: { Description: 'x' } },
      })),
    ),
  ],
  [
    'MULTIPLE_VERSION_UPDATE',
    update(
      [SEED_OPTION_HELM_1_0_ID, SEED_OPTION_HELM_ID].map((Id) => ({
        Id,
        Details: { HelmDeliveryOptionDetails: { Description: 'x' } },
      })),
    ),
  ],
  [
    'FIELD_NOT_ALLOWED_TO_CHANGE',
    update([
      { Id: SEED_OPTION_ECR_ID, Details: { EcrDeliveryOptionDetails: { ContainerImages: IMAGES_120 } } },
    ]),
  ],
  [
    'INVALID_DELIVERY_OPTION_TITLES',
    update([
      {
        Id: SEED_OPTION_ECR_ID,
        Details: { EcrDeliveryOptionDetails: { DeliveryOptionTitle: 'Helm chart for Amazon EKS' } },
      },
    ]),
  ],
  [
    'INVALID_DELIVERY_OPTIONS_INPUT',
    update([{ Id: SEED_OPTION_ECR_ID, Details: { HelmDeliveryOptionDetails: { Description: 'x' } } }]),
  ],
  [
    'INCOMPATIBLE_ADDON_NAMESPACE',
    update([
      {
        Id: SEED_OPTION_EKS_ADDON_ID,
        Details: { EksAddOnDeliveryOptionDetails: { Namespace: 'elsewhere' } },
      },
    ]),
  ],
  [
    'INVALID_HELM_CHART_URI',
    update([
      {
        Id: SEED_OPTION_HELM_ID,
        Details: { HelmDeliveryOptionDetails: { HelmChartUri: `${SEED_CHART_REPOSITORY}:v1` } },
      },
    ]),
  ],
];

const restrict = (ids: unknown, entity?: string) =>
  changeOf('RestrictDeliveryOptions', { DeliveryOptionIds: ids }, entity);
const restrictDeliveryOptions: Case[] = [
  ['INCOMPATIBLE_PRODUCT_STATUS', restrict([SEED_OPTION_ECR_ID], SEED_DRAFT_PRODUCT_ID)],
  ['EMPTY_DELIVERY_OPTION_IDS', restrict([])],
  ['DUPLICATE_DELIVERY_OPTION_IDS', restrict([SEED_OPTION_ECR_ID, SEED_OPTION_ECR_ID])],
  ['MISSING_DELIVERY_OPTION_IDS', restrict(['b1c2d3e4-dead-4a1b-8c2d-000000000000'])],
  [
    'INVALID_MINIMUM_PUBLIC_DELIVERY_OPTIONS',
    restrict([SEED_OPTION_HELM_1_0_ID, SEED_OPTION_HELM_ID, SEED_OPTION_ECR_ID]),
  ],
];

const visibility = (items: unknown) =>
  changeOf('UpdateDeliveryOptionsVisibility', { DeliveryOptions: items });
const updateDeliveryOptionsVisibility: Case[] = [
  ['EMPTY_DELIVERY_OPTION_IDS', visibility([])],
  ['INVALID_VISIBILITY_STATE', visibility([{ Id: SEED_OPTION_EKS_ADDON_ID, TargetVisibility: 'Limited' }])],
  [
    'INVALID_DELIVERY_OPTION_IDS',
    visibility([{ Id: 'do-doesnotexist00000000000', TargetVisibility: 'Public' }]),
  ],
  [
    'DUPLICATE_DELIVERY_OPTION_IDS',
    visibility([1, 2].map(() => ({ Id: SEED_OPTION_EKS_ADDON_ID, TargetVisibility: 'Public' }))),
  ],
  ['INVALID_DELIVERY_OPTION_TYPE', visibility([{ Id: SEED_OPTION_HELM_ID, TargetVisibility: 'Public' }])],
];

const repos = (names: unknown[]) =>
  changeOf('AddRepositories', {
    Repositories: names.map((RepositoryName) => ({ RepositoryName, RepositoryType: 'ECR' })),
  });
const addRepositories: Case[] = [
  ['INVALID_ECR_REPOSITORY_NAME', repos(['Nginx Web App'])],
  ['INVALID_ECR_REPOSITORY_NAME', repos(['a'.repeat(250)])],
  ['DUPLICATE_ECR_REPOSITORY_NAME', repos(['clairai'])],
  ['MISSING_REPOSITORY_INFORMATION', repos([])],
  ['DUPLICATE_REPOSITORY_NAMES', repos(['new-repo', 'new-repo'])],
];

describe.each([
  ['AddDeliveryOptions', addDeliveryOptions],
  ['UpdateDeliveryOptions', updateDeliveryOptions],
  ['RestrictDeliveryOptions', restrictDeliveryOptions],
  ['UpdateDeliveryOptionsVisibility', updateDeliveryOptionsVisibility],
  ['AddRepositories', addRepositories],
])('%s', (_type, cases) => {
  test.each(cases)('%s', async (code, change) => {
    const out = await run(h.client, change);
    expect(out.Status).toBe('FAILED');
    expect(out.FailureCode).toBe('CLIENT_ERROR');
    expect(codesOf(out)).toContain(code);
    expect(out.ChangeSet?.[0]?.ErrorDetailList?.find((e) => e.ErrorCode === code)?.ErrorMessage).toBeTruthy();
  });
});

test('SCAN_ERROR carries a findings URL that the service serves', async () => {
  const out = await run(h.client, addVersion([ecr({ ContainerImages: [image(SEED_VULNERABLE_TAG)] })]));
  const message =
    out.ChangeSet?.[0]?.ErrorDetailList?.find((e) => e.ErrorCode === 'SCAN_ERROR')?.ErrorMessage ?? '';
  const url = /https?:\/\/\S+\.json/.exec(message)?.[0];
  expect(url).toContain(`${h.emulator.url}/_emulator/findings/`);
  const findings = (await (await fetch(url!)).json()) as { image: string; findings: unknown[] };
  expect(findings.image).toBe(image(SEED_VULNERABLE_TAG));
  expect(findings.findings.length).toBeGreaterThan(0);
});

test('a pushed tag turns INVALID_CONTAINER_IMAGE_URI into success; a vulnerable push into SCAN_ERROR', async () => {
  const tag = 'internal-testing-v1.3.0-backend';
  const before = await run(
    h.client,
    addVersion([ecr({ ContainerImages: [image(tag)] })], { VersionTitle: '1.3.0' }),
  );
  expect(codesOf(before)).toEqual(['INVALID_CONTAINER_IMAGE_URI']);
  const bad = await fetch(`${h.emulator.url}/_emulator/push`, {
    method: 'POST',
    body: JSON.stringify({ repository: 'clairai', tag: 'scan-me', vulnerable: true }),
  });
  expect(bad.status).toBe(200);
  const scanned = await run(
    h.client,
    addVersion([ecr({ ContainerImages: [image('scan-me')] })], { VersionTitle: '1.3.0' }),
  );
  expect(codesOf(scanned)).toEqual(['SCAN_ERROR']);
  await fetch(`${h.emulator.url}/_emulator/push`, {
    method: 'POST',
    body: JSON.stringify({ repository: image('x').split(':')[0], tag }),
  });
  const after = await run(
    h.client,
    addVersion([ecr({ ContainerImages: [image(tag)] })], { VersionTitle: '1.3.0' }),
  );
  expect(after.Status).toBe('SUCCEEDED');
  expect(CHART_020).toContain('clairai-helm');
});

// Last, because it restricts a seeded option: the only non-Public options the seed has are EKS add-ons.
test('RestrictDeliveryOptions › INVALID_DELIVERY_OPTIONS_STATUS for an option that is already Restricted', async () => {
  expect((await run(h.client, restrict([SEED_OPTION_HELM_1_0_ID]))).Status).toBe('SUCCEEDED');
  const out = await run(h.client, restrict([SEED_OPTION_HELM_1_0_ID]));
  expect(codesOf(out)).toEqual(['INVALID_DELIVERY_OPTIONS_STATUS']);
});
