import { CHART_020, IMAGES_120, TYPE } from './fixtures';
import {
  SEED_OPTION_EKS_ADDON_ID,
  SEED_OPTION_HELM_1_0_ID,
  SEED_ADDON,
  SEED_LIMITED_ADDON,
  SEED_LIMITED_CHART,
  SEED_LIMITED_IMAGE,
  SEED_LIMITED_OPTION_ECR_ID,
  SEED_LIMITED_OPTION_EKS_ADDON_ID,
  SEED_LIMITED_OPTION_HELM_ID,
  SEED_LIMITED_PRODUCT_ID,
  SEED_PRODUCT_ID,
} from './seed-ids';

/*
 * The request bodies of seed 001's examples, verbatim except for placeholders: the product, option ids,
 * image and chart URIs are the seeded product's; the Helm example's placeholder prose ("Optional release
 * name", "Optional Kubernetes namespace") becomes the seed's own values from its UpdateDeliveryOptions
 * example; the add-on identity (name, type, namespace) is the seeded product's add-on, since a product has
 * one add-on identity; and the three AddDeliveryOptions examples get distinct VersionTitles (the seed uses
 * "1.1" for all). The UpdateDeliveryOptions examples change titles and images, which a Public product
 * freezes, so they edit ClairAI Lite (Limited, free, one version with an option of each kind); their
 * options share that version, so the Helm example's placeholder title differs from the container one's,
 * and its placeholder default value becomes ${AWSMP_LICENSE_SECRET}, which EKS Anywhere requires.
 */
const P = SEED_PRODUCT_ID;
const L = SEED_LIMITED_PRODUCT_ID;
const [IMG] = IMAGES_120 as [string];

export const SEED_001_EXAMPLES: {
  name: string;
  body: { Catalog: string; ChangeSet: Record<string, unknown>[] };
}[] = [
  {
    name: 'AddRepositories',
    body: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'AddRepositories',
          Entity: { Identifier: P, Type: TYPE },
          DetailsDocument: {
            Repositories: [
              { RepositoryName: 'new-repo-1', RepositoryType: 'ECR' },
              { RepositoryName: 'new-repo-2', RepositoryType: 'ECR' },
            ],
          },
        },
      ],
    },
  },
  {
    name: 'AddDeliveryOptions (container image)',
    body: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'AddDeliveryOptions',
          Entity: { Identifier: P, Type: TYPE },
          DetailsDocument: {
            Version: { VersionTitle: '1.1', ReleaseNotes: 'Minor bug fix' },
            DeliveryOptions: [
              {
                DeliveryOptionTitle: 'EKS Container image only delivery option',
                Details: {
                  EcrDeliveryOptionDetails: {
                    ContainerImages: [IMG],
                    DeploymentResources: [{ Name: 'HelmDeploymentTemplate', Url: CHART_020 }],
                    CompatibleServices: ['EKS'],
                    Description: 'Sample Description',
                    UsageInstructions: `helm pull ${CHART_020}`,
                  },
                },
              },
            ],
          },
        },
      ],
    },
  },
  {
    name: 'AddDeliveryOptions (Helm chart)',
    body: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'AddDeliveryOptions',
          Entity: { Identifier: P, Type: TYPE },
          DetailsDocument: {
            Version: { VersionTitle: '1.1-helm', ReleaseNotes: 'Minor bug fix' },
            DeliveryOptions: [
              {
                DeliveryOptionTitle: 'HelmChartDeliveryOption',
                Details: {
                  HelmDeliveryOptionDetails: {
                    CompatibleServices: ['EKS', 'EKS-Anywhere'],
                    ContainerImages: [IMG],
                    HelmChartUri: CHART_020,
                    Description: 'Helm chart description',
                    UsageInstructions: 'Usage instructions',
                    QuickLaunchEnabled: true,
                    MarketplaceServiceAccountName: 'Service account name',
                    ReleaseName: 'new-release-name',
                    Namespace: 'new-cluster-namespace',
                    OverrideParameters: [
                      {
                        Key: 'HelmKeyName1',
                        DefaultValue: '${AWSMP_LICENSE_SECRET}',
                        Metadata: {
                          Label: 'AWS CloudFormation template field label',
                          Description: 'AWS CloudFormation template field description',
                          Obfuscate: false,
                        },
                      },
                      {
                        Key: 'HelmKeyName2',
                        DefaultValue: '${AWSMP_SERVICE_ACCOUNT}',
                        Metadata: {
                          Label: 'AWS CloudFormation template field label',
                          Description: 'AWS CloudFormation template field description',
                          Obfuscate: false,
                        },
                      },
                    ],
                  },
                },
              },
            ],
          },
        },
      ],
    },
  },
  {
    name: 'AddDeliveryOptions (EKS add-on)',
    body: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'AddDeliveryOptions',
          Entity: { Type: TYPE, Identifier: P },
          DetailsDocument: {
            Version: { VersionTitle: '1.1-addon', ReleaseNotes: 'New Addon Release' },
            DeliveryOptions: [
              {
                DeliveryOptionTitle: 'AWS Marketplace Test AddOn from CAPI 1',
                Visibility: 'Limited',
                Details: {
                  EksAddOnDeliveryOptionDetails: {
                    ContainerImages: [IMG],
                    HelmChartUri: CHART_020,
                    Description: 'Description for delivery option provided by ISV',
                    UsageInstructions: 'Usage instructions with launch instructions',
                    AddOnName: SEED_ADDON.name,
                    AddOnVersion: '1.2.1',
                    AddOnType: SEED_ADDON.type,
                    CompatibleKubernetesVersions: ['1.25', '1.26'],
                    SupportedArchitectures: ['amd64', 'arm64'],
                    Namespace: SEED_ADDON.namespace,
                    EnvironmentOverrideParameters: [
                      { Key: 'cluster-name', Value: '${AWS_EKS_CLUSTER_NAME}' },
                      { Key: 'region-name', Value: '${AWS_REGION}' },
                    ],
                  },
                },
              },
            ],
          },
          ChangeName: 'PublishAddonNew',
        },
      ],
    },
  },
  {
    name: 'UpdateDeliveryOptionsVisibility',
    body: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'UpdateDeliveryOptionsVisibility',
          Entity: { Identifier: P, Type: TYPE },
          DetailsDocument: {
            DeliveryOptions: [{ Id: SEED_OPTION_EKS_ADDON_ID, TargetVisibility: 'Public' }],
          },
        },
      ],
    },
  },
  {
    name: 'UpdateDeliveryOptions (container image)',
    body: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'UpdateDeliveryOptions',
          Entity: { Identifier: L, Type: TYPE },
          DetailsDocument: {
            Version: { ReleaseNotes: 'New release notes', VersionTitle: 'Version 1.2' },
            DeliveryOptions: [
              {
                Id: SEED_LIMITED_OPTION_ECR_ID,
                Details: {
                  EcrDeliveryOptionDetails: {
                    DeliveryOptionTitle: 'New Delivery Option Title',
                    Description: 'New description',
                    UsageInstructions: 'New usage instructions',
                    CompatibleServices: ['EKS'],
                  },
                },
              },
            ],
          },
        },
      ],
    },
  },
  {
    name: 'UpdateDeliveryOptions (Helm chart)',
    body: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'UpdateDeliveryOptions',
          Entity: { Identifier: L, Type: TYPE },
          DetailsDocument: {
            Version: { ReleaseNotes: 'New release notes', VersionTitle: 'Version 1.2' },
            DeliveryOptions: [
              {
                Id: SEED_LIMITED_OPTION_HELM_ID,
                Details: {
                  HelmDeliveryOptionDetails: {
                    DeliveryOptionTitle: 'New Helm Delivery Option Title',
                    ContainerImages: [SEED_LIMITED_IMAGE],
                    HelmChartUri: SEED_LIMITED_CHART,
                    CompatibleServices: ['EKS-Anywhere'],
                    Description: 'New description',
                    UsageInstructions: 'New usage instructions',
                    MarketplaceServiceAccountName: 'new-service-account-name',
                    ReleaseName: 'new-release-name',
                    Namespace: 'new-cluster-namespace',
                    QuickLaunchEnabled: true,
                    OverrideParameters: [
                      {
                        Key: 'new.parameter.key',
                        DefaultValue: '${AWSMP_LICENSE_SECRET}',
                        Metadata: {
                          Label: 'New metadata label',
                          Description: 'New metadata description',
                          Obfuscate: false,
                        },
                      },
                    ],
                  },
                },
              },
            ],
          },
        },
      ],
    },
  },
  {
    name: 'UpdateDeliveryOptions (EKS add-on)',
    body: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'UpdateDeliveryOptions',
          Entity: { Identifier: L, Type: TYPE },
          DetailsDocument: {
            Version: { ReleaseNotes: 'New release notes', VersionTitle: 'Version 1.2' },
            DeliveryOptions: [
              {
                Id: SEED_LIMITED_OPTION_EKS_ADDON_ID,
                Details: {
                  EksAddOnDeliveryOptionDetails: {
                    ContainerImages: [SEED_LIMITED_IMAGE],
                    Description: 'Description for delivery option provided by ISV',
                    UsageInstructions: 'Usage instructions with launch instructions',
                    HelmChartUri: SEED_LIMITED_CHART,
                    AddOnName: SEED_LIMITED_ADDON.name,
                    AddOnVersion: '1.2.1',
                    AddOnType: SEED_LIMITED_ADDON.type,
                    CompatibleKubernetesVersions: ['1.19', '1.20'],
                    SupportedArchitectures: ['amd64', 'arm64'],
                    Namespace: SEED_LIMITED_ADDON.namespace,
                    EnvironmentOverrideParameters: [{ Key: 'my-field', Value: '${AWS_EKS_CLUSTER_NAME}' }],
                  },
                },
              },
            ],
          },
        },
      ],
    },
  },
  {
    name: 'RestrictDeliveryOptions',
    body: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'RestrictDeliveryOptions',
          Entity: { Identifier: P, Type: TYPE },
          DetailsDocument: { DeliveryOptionIds: [SEED_OPTION_HELM_1_0_ID] },
        },
      ],
    },
  },
];
