import { emptyProduct } from './changes';
import { addonFullName } from './changes/options';
import type { DeliveryOption, ProductDoc } from './changes/types';
import * as S from './seed-ids';

const img = (version: string) =>
  S.SEED_COMPONENTS.map((c) => `${S.SEED_IMAGE_REPOSITORY}:internal-testing-v${version}-${c}`);
const chart = (v: string) => `${S.SEED_CHART_REPOSITORY}:${v}`;
const USAGE =
  'Log in to the AWS Marketplace ECR registry, then install with helm using the component values files (backend, frontend, agent, YACE). See the ClairAI usage instructions for monitoring checks.';

function helmOption(id: string, sourceId: string, visibility: string): DeliveryOption {
  return {
    Id: id,
    Type: 'Helm',
    SourceId: sourceId,
    Title: 'Helm chart for Amazon EKS',
    ShortDescription: 'Deploys the ClairAI backend, frontend, agent and YACE services with Helm.',
    isRecommended: true,
    Compatibility: { AWSServices: ['EKS'] },
    Instructions: { Usage: USAGE },
    Visibility: visibility,
    QuickLaunchEnabled: false,
    ReleaseName: 'clairai',
    Namespace: 'clairai',
    MarketplaceServiceAccountName: 'clairai-sa',
    OverrideParameters: [
      {
        Key: 'serviceAccount.name',
        Default: '${AWSMP_SERVICE_ACCOUNT}',
        Metadata: {
          Label: 'Service account',
          Description: 'Kubernetes service account for metering',
          Obfuscate: false,
        },
      },
    ],
  };
}

/** ClairAI per seed 000: Public, Helm-based for Amazon EKS, paid (one contract dimension). */
export function clairAiProduct(): ProductDoc {
  const p = emptyProduct();
  p.Repositories = [
    { Url: S.SEED_IMAGE_REPOSITORY, Type: 'ECR' },
    { Url: S.SEED_CHART_REPOSITORY, Type: 'ECR' },
  ];
  Object.assign(p.Description, {
    ProductTitle: S.SEED_PRODUCT_TITLE,
    ProductCode: 'clairai0observability00001',
    Manufacturer: S.SEED_SELLER_NAME,
    Visibility: 'Public',
    ProductState: 'Active',
    ShortDescription:
      'Observability for Amazon EKS: backend, frontend, agent and YACE CloudWatch exporter, delivered as a Helm chart.',
    LongDescription:
      'ClairAI is distributed as a Helm-based container product for Amazon EKS. Buyers deploy it in their own accounts with reusable Helm charts and component values files. Linux containers for ARM64 and x86_64; all images live in AWS Marketplace managed Amazon ECR.',
    Highlights: [
      'Helm-based deployment on Amazon EKS',
      'CloudWatch metrics through YACE with IRSA',
      'ARM64 and x86_64 images',
    ],
    SearchKeywords: ['observability', 'eks', 'monitoring'],
    Categories: ['Monitoring'],
  });
  p.PromotionalResources = {
    LogoUrl: 'https://awsmp-logos.s3.amazonaws.com/info-services/clairai.png',
    Videos: [],
    AdditionalResources: [
      { Type: 'Link', Text: 'Usage instructions', Url: 'https://example.com/clairai/usage' },
    ],
  };
  p.SupportInformation = {
    Description:
      'Support through the AWS Marketplace support channel. Redact secrets before sharing configuration or logs.',
    Resources: [],
  };
  p.Dimensions = [
    {
      Key: 'Nodes',
      Name: 'Monitored nodes',
      Description: 'Number of monitored EKS nodes',
      Unit: 'Units',
      Types: ['Entitled'],
    },
  ];
  p.Targeting = { PositiveTargeting: { BuyerAccounts: [] } };
  p.Versions = [
    {
      Id: S.SEED_VERSION_1_0_ID,
      VersionTitle: '1.1.0',
      ReleaseNotes: 'First public release.',
      UpgradeInstructions: null,
      CreationDate: '2026-09-01T10:00:00.000Z',
      Sources: [
        {
          Type: 'HelmChart',
          Id: 'a0000000-0000-4000-8000-000000000100',
          Images: img('1.1.0'),
          HelmChartUri: chart('0.0.9'),
          Compatibility: { Platform: 'Linux' },
        },
      ],
      DeliveryOptions: [
        helmOption(S.SEED_OPTION_HELM_1_0_ID, 'a0000000-0000-4000-8000-000000000100', 'Public'),
      ],
    },
    {
      Id: S.SEED_VERSION_1_1_ID,
      VersionTitle: '1.1.1',
      ReleaseNotes: 'Important: YACE exporter upgrade and ARM64 images.',
      UpgradeInstructions: 'helm upgrade with the component values.yaml files.',
      CreationDate: '2026-11-01T10:00:00.000Z',
      Sources: [
        {
          Type: 'HelmChart',
          Id: 'a0000000-0000-4000-8000-000000000110',
          Images: img('1.1.1'),
          HelmChartUri: chart(S.SEED_CHART_VERSION),
          Compatibility: { Platform: 'Linux' },
        },
        {
          Type: 'DockerImages',
          Id: 'a0000000-0000-4000-8000-000000000111',
          Images: img('1.1.1'),
          Compatibility: { Platform: 'Linux' },
        },
        {
          Type: 'HelmChart',
          Id: 'a0000000-0000-4000-8000-000000000112',
          Images: img('1.1.1'),
          HelmChartUri: chart(S.SEED_CHART_VERSION),
          Compatibility: { Platform: 'Linux' },
        },
      ],
      DeliveryOptions: [
        helmOption(S.SEED_OPTION_HELM_ID, 'a0000000-0000-4000-8000-000000000110', 'Public'),
        {
          Id: S.SEED_OPTION_ECR_ID,
          Type: 'ElasticContainerRegistry',
          SourceId: 'a0000000-0000-4000-8000-000000000111',
          Title: 'Container images',
          ShortDescription: 'The four ClairAI images for your own deployment tooling.',
          isRecommended: false,
          Compatibility: { AWSServices: ['EKS'] },
          Instructions: { Usage: USAGE },
          Recommendations: {
            DeploymentResources: [{ Text: 'Usage instructions', Url: 'https://example.com/clairai/usage' }],
          },
          Visibility: 'Public',
        },
        {
          Id: S.SEED_OPTION_EKS_ADDON_ID,
          Type: 'EksAddOn',
          SourceId: 'a0000000-0000-4000-8000-000000000112',
          Title: 'Amazon EKS add-on',
          ShortDescription: 'ClairAI agent and YACE as an Amazon EKS add-on.',
          Compatibility: { KubernetesVersions: ['1.29', '1.30', '1.31'], Architectures: ['amd64', 'arm64'] },
          Instructions: { Usage: USAGE },
          Visibility: 'Limited',
          AddOnType: S.SEED_ADDON.type,
          Namespace: S.SEED_ADDON.namespace,
          EnvironmentOverrideParameters: [{ Key: 'region', Value: '${AWS_REGION}' }],
          DisplayAddOnName: S.SEED_ADDON.name,
          AddOnName: addonFullName(S.SEED_ADDON.name),
          DisplayAddOnVersion: `v${S.SEED_ADDON.version}-eksbuild.1`,
          AddOnVersion: S.SEED_ADDON.version,
        },
      ],
    },
  ];
  return p;
}

export function draftProduct(): ProductDoc {
  const p = emptyProduct();
  p.Description.ProductTitle = S.SEED_DRAFT_PRODUCT_TITLE;
  return p;
}

/** Tags pushed to the seeded registry: three image releases, three chart versions, one vulnerable tag. */
export function seedImages(): { repository: string; tag: string; vulnerable?: boolean }[] {
  const out: { repository: string; tag: string; vulnerable?: boolean }[] = [];
  for (const v of ['1.1.0', '1.1.1', '1.2.0'])
    for (const c of S.SEED_COMPONENTS)
      out.push({ repository: S.SEED_IMAGE_REPOSITORY, tag: `internal-testing-v${v}-${c}` });
  for (const v of ['0.0.9', S.SEED_CHART_VERSION, '0.2.0'])
    out.push({ repository: S.SEED_CHART_REPOSITORY, tag: v });
  out.push({ repository: S.SEED_IMAGE_REPOSITORY, tag: S.SEED_VULNERABLE_TAG, vulnerable: true });
  return out;
}
