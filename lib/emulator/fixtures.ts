import type { Change } from '@aws-sdk/client-marketplace-catalog';
import { SEED_CHART_REPOSITORY, SEED_COMPONENTS, SEED_IMAGE_REPOSITORY, SEED_PRODUCT_ID } from './seed-ids';

/* Request builders for tests: valid by default against the seeded ClairAI product, overridable per field. */

export const TYPE = 'ContainerProduct@1.0';
export const image = (tag: string) => `${SEED_IMAGE_REPOSITORY}:${tag}`;
export const IMAGES_120 = SEED_COMPONENTS.map((c) => image(`internal-testing-v1.2.0-${c}`));
export const CHART_020 = `${SEED_CHART_REPOSITORY}:0.2.0`;
type O = Record<string, unknown>;

export const ecr = (o: O = {}, title = 'Container images 1.2.0'): O => ({
  DeliveryOptionTitle: title,
  Details: {
    EcrDeliveryOptionDetails: {
      ContainerImages: IMAGES_120,
      CompatibleServices: ['EKS'],
      Description: 'The ClairAI images.',
      UsageInstructions: 'Pull the images.',
      ...o,
    },
  },
});

export const helm = (o: O = {}, title = 'Helm chart 1.2.0'): O => ({
  DeliveryOptionTitle: title,
  Details: {
    HelmDeliveryOptionDetails: {
      ContainerImages: IMAGES_120,
      HelmChartUri: CHART_020,
      CompatibleServices: ['EKS'],
      Description: 'Helm install.',
      UsageInstructions: 'helm install clairai …',
      ReleaseName: 'clairai',
      Namespace: 'clairai',
      OverrideParameters: [{ Key: 'serviceAccount.name', DefaultValue: '${AWSMP_SERVICE_ACCOUNT}' }],
      ...o,
    },
  },
});

export const eks = (o: O = {}, title = 'EKS add-on 1.2.0', visibility?: string): O => ({
  DeliveryOptionTitle: title,
  ...(visibility ? { Visibility: visibility } : {}),
  Details: {
    EksAddOnDeliveryOptionDetails: {
      ContainerImages: IMAGES_120,
      HelmChartUri: CHART_020,
      Description: 'Agent and YACE.',
      UsageInstructions: 'Install from the EKS console.',
      AddOnName: 'clairai',
      AddOnVersion: '0.2.0',
      AddOnType: 'observability',
      CompatibleKubernetesVersions: ['1.30', '1.31'],
      SupportedArchitectures: ['amd64', 'arm64'],
      Namespace: 'clairai',
      ...o,
    },
  },
});

export function addVersion(options: O[], version: O = {}, entity = SEED_PRODUCT_ID): Change {
  return {
    ChangeType: 'AddDeliveryOptions',
    Entity: { Type: TYPE, Identifier: entity },
    DetailsDocument: {
      Version: { VersionTitle: '1.2.0', ReleaseNotes: 'New release.', ...version },
      DeliveryOptions: options,
    },
  } as Change;
}

export function changeOf(ChangeType: string, doc: unknown, entity = SEED_PRODUCT_ID): Change {
  return { ChangeType, Entity: { Type: TYPE, Identifier: entity }, DetailsDocument: doc } as Change;
}
