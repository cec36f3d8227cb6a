/*
 * What the seller calls a request field, for messages. lib/policy may not import the field registry
 * (lib/draft/fields), so the labels it needs are repeated here; lib/draft/labels-agree.test.ts
 * checks that every one equals the registry's label for the same request key.
 */
export const FIELD_LABELS: Record<string, string> = {
  DeliveryOptionTitle: 'Delivery option title',
  ContainerImages: 'Container images',
  DeploymentResources: 'Deployment resources',
  HelmChartUri: 'Helm chart URI',
  AddOnName: 'Add-on name',
  AddOnVersion: 'Add-on version',
  AddOnType: 'Add-on type',
  Namespace: 'Namespace',
  CompatibleKubernetesVersions: 'Compatible Kubernetes versions',
  SupportedArchitectures: 'Supported architectures',
  VersionTitle: 'Version title',
  ReleaseNotes: 'Release notes',
};

/** The seller's name for a request key (the key itself when none is known). */
export const labelOf = (key: string): string => FIELD_LABELS[key] ?? key;

/** What a delivery option's method is called in messages, by the product's option Type. */
export const METHOD_NAMES: Record<string, string> = {
  ElasticContainerRegistry: 'container image',
  Helm: 'Helm chart',
  EksAddOn: 'Amazon EKS add-on',
};
