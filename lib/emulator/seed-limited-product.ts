import { emptyProduct } from './changes';
import { addonFullName } from './changes/options';
import type { ProductDoc } from './changes/types';
import * as S from './seed-ids';

const USAGE = 'Install the ClairAI Lite agent with helm, or run its image with your own tooling.';
const SOURCE_IMAGES = 'a0000000-0000-4000-8000-000000000201';
const SOURCE_CHART = 'a0000000-0000-4000-8000-000000000202';

/** ClairAI Lite: a Limited, free product with one version holding an ECR, a Helm and an add-on option. */
export function limitedProduct(): ProductDoc {
  const p = emptyProduct();
  p.Repositories = [
    { Url: S.SEED_LIMITED_IMAGE_REPOSITORY, Type: 'ECR' },
    { Url: S.SEED_LIMITED_CHART_REPOSITORY, Type: 'ECR' },
  ];
  Object.assign(p.Description, {
    ProductTitle: S.SEED_LIMITED_PRODUCT_TITLE,
    ProductCode: 'clairai0lite0000000000001',
    Manufacturer: S.SEED_SELLER_NAME,
    Visibility: 'Limited',
    ProductState: 'Active',
    ShortDescription: 'The ClairAI agent alone, free, for evaluating ClairAI on Amazon EKS.',
  });
  const images = [S.SEED_LIMITED_IMAGE];
  p.Versions = [
    {
      Id: S.SEED_LIMITED_VERSION_ID,
      VersionTitle: '1.0.0',
      ReleaseNotes: 'First limited release.',
      UpgradeInstructions: null,
      CreationDate: '2026-11-15T10:00:00.000Z',
      Sources: [
        { Type: 'DockerImages', Id: SOURCE_IMAGES, Images: images, Compatibility: { Platform: 'Linux' } },
        {
          Type: 'HelmChart',
          Id: SOURCE_CHART,
          Images: images,
          HelmChartUri: S.SEED_LIMITED_CHART,
          Compatibility: { Platform: 'Linux' },
        },
      ],
      DeliveryOptions: [
        {
          Id: S.SEED_LIMITED_OPTION_ECR_ID,
          Type: 'ElasticContainerRegistry',
          SourceId: SOURCE_IMAGES,
          Title: 'Container image',
          ShortDescription: 'The ClairAI Lite agent image.',
          isRecommended: false,
          Compatibility: { AWSServices: ['EKS'] },
          Instructions: { Usage: USAGE },
          Visibility: 'Limited',
        },
        {
          Id: S.SEED_LIMITED_OPTION_HELM_ID,
          Type: 'Helm',
          SourceId: SOURCE_CHART,
          Title: 'Helm chart',
          ShortDescription: 'Deploys the ClairAI Lite agent with Helm.',
          isRecommended: true,
          Compatibility: { AWSServices: ['EKS'] },
          Instructions: { Usage: USAGE },
          Visibility: 'Limited',
          QuickLaunchEnabled: false,
          ReleaseName: 'clairai-lite',
          Namespace: 'clairai-lite',
          OverrideParameters: [],
        },
        {
          Id: S.SEED_LIMITED_OPTION_EKS_ADDON_ID,
          Type: 'EksAddOn',
          SourceId: SOURCE_CHART,
          Title: 'Amazon EKS add-on',
          ShortDescription: 'The ClairAI Lite agent as an Amazon EKS add-on.',
          Compatibility: { KubernetesVersions: ['1.30', '1.31'], Architectures: ['amd64', 'arm64'] },
          Instructions: { Usage: USAGE },
          Visibility: 'Limited',
          AddOnType: S.SEED_LIMITED_ADDON.type,
          Namespace: S.SEED_LIMITED_ADDON.namespace,
          EnvironmentOverrideParameters: [],
          DisplayAddOnName: S.SEED_LIMITED_ADDON.name,
          AddOnName: addonFullName(S.SEED_LIMITED_ADDON.name),
          DisplayAddOnVersion: `v${S.SEED_LIMITED_ADDON.version}-eksbuild.1`,
          AddOnVersion: S.SEED_LIMITED_ADDON.version,
        },
      ],
    },
  ];
  return p;
}

/** The tags ClairAI Lite's options reference, pushed to its repositories. */
export const limitedProductImages = () => [
  { repository: S.SEED_LIMITED_IMAGE_REPOSITORY, tag: '1.0.0' },
  { repository: S.SEED_LIMITED_CHART_REPOSITORY, tag: '1.0.0' },
];
