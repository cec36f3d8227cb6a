import { flag, list, name, text, type OptionField } from './kinds';
import { envOverrides, overrides, resources } from './rows';

/*
 * THE field registry: every field of a delivery option, version and change, written once. The form
 * schema, the builders, the "Fix in draft" path mapping, the Update diff, the locks and the AWS
 * error → field map are all derived from these tables. Adding a field is an entry here.
 */

const all = { ecr: 'always', helm: 'always', 'eks-addon': 'always' } as const;

/** Delivery option fields, in the order the request, the diff and the review list them. */
export const OPTION_FIELDS = {
  title: text({
    request: 'DeliveryOptionTitle',
    isTopLevelOnAdd: true,
    entity: 'Title',
    label: 'Delivery option title',
    methods: all,
    lock: 'public',
  }),
  description: text({
    request: 'Description',
    entity: 'ShortDescription',
    label: 'Short description',
    methods: all,
    lock: 'restricted',
  }),
  usage: text({
    request: 'UsageInstructions',
    entity: 'Instructions.Usage',
    label: 'Usage instructions',
    methods: all,
    lock: 'restricted',
  }),
  images: list({
    request: 'ContainerImages',
    entity: 'Source.Images',
    label: 'Container images',
    methods: all,
    lock: 'public',
  }),
  services: list(
    {
      request: 'CompatibleServices',
      entity: 'Compatibility.AWSServices',
      label: 'Compatible services',
      methods: { ecr: 'always', helm: 'always' },
      lock: 'restricted',
    },
    (method) => (method === 'eks-addon' ? [] : ['EKS']),
  ),
  resources: resources({ label: 'Deployment resources', methods: { ecr: 'if-set' }, lock: 'public' }),
  helmChartUri: name({
    request: 'HelmChartUri',
    entity: 'Source.HelmChartUri',
    label: 'Helm chart URI',
    methods: { helm: 'always', 'eks-addon': 'always' },
    lock: 'public',
  }),
  quickLaunch: flag({
    request: 'QuickLaunchEnabled',
    entity: 'QuickLaunchEnabled',
    label: 'QuickLaunch',
    methods: { helm: 'always' },
  }),
  releaseName: name({
    request: 'ReleaseName',
    entity: 'ReleaseName',
    label: 'Release name',
    methods: { helm: 'if-set' },
  }),
  namespace: name({
    request: 'Namespace',
    entity: 'Namespace',
    label: 'Namespace',
    methods: { helm: 'if-set', 'eks-addon': 'always' },
  }),
  serviceAccount: name({
    request: 'MarketplaceServiceAccountName',
    entity: 'MarketplaceServiceAccountName',
    label: 'Marketplace service account',
    methods: { helm: 'if-set' },
  }),
  overrides: overrides({ label: 'Override parameters', methods: { helm: 'if-set' } }),
  addOnName: name({
    request: 'AddOnName',
    entity: 'AddOnName',
    label: 'Add-on name',
    methods: { 'eks-addon': 'always' },
  }),
  addOnVersion: name({
    request: 'AddOnVersion',
    entity: 'AddOnVersion',
    label: 'Add-on version',
    methods: { 'eks-addon': 'always' },
  }),
  addOnType: name({
    request: 'AddOnType',
    entity: 'AddOnType',
    label: 'Add-on type',
    methods: { 'eks-addon': 'always' },
  }),
  k8sVersions: list({
    request: 'CompatibleKubernetesVersions',
    entity: 'Compatibility.KubernetesVersions',
    label: 'Compatible Kubernetes versions',
    methods: { 'eks-addon': 'always' },
  }),
  architectures: list(
    {
      request: 'SupportedArchitectures',
      entity: 'Compatibility.Architectures',
      label: 'Supported architectures',
      methods: { 'eks-addon': 'always' },
    },
    (method) => (method === 'eks-addon' ? ['amd64'] : []),
  ),
  envOverrides: envOverrides({
    label: 'Environment override parameters',
    methods: { 'eks-addon': 'if-set' },
  }),
} satisfies Record<string, OptionField>;

export type OptionFieldName = keyof typeof OPTION_FIELDS;

/** The wizard step every delivery option field is edited on (they all live under `options.<i>`). */
const OPTION_STEP = 'options';

/** Version fields: `request` is relative to the DetailsDocument, `entity` to a DescribeEntity version. */
export const VERSION_FIELDS = {
  versionTitle: {
    request: 'Version.VersionTitle',
    entity: 'VersionTitle',
    label: 'Version title',
    step: 'version',
    lock: 'public',
  },
  releaseNotes: {
    request: 'Version.ReleaseNotes',
    entity: 'ReleaseNotes',
    label: 'Release notes',
    step: 'version',
  },
} as const;

/**
 * Fields of a change that are not a version or option value: `form` is the wizard field (when the
 * wizard has one) and `step` the wizard step it is on, `request` the DetailsDocument key (or a
 * delivery option's key, `option: true`).
 */
export const CHANGE_FIELDS = {
  repositories: {
    form: 'repositories',
    request: 'Repositories',
    label: 'Repository name',
    step: 'repositories',
  },
  optionIds: { form: 'optionIds', request: 'DeliveryOptionIds', label: 'Delivery options', step: 'choose' },
  deliveryOptions: {
    form: 'options',
    request: 'DeliveryOptions',
    label: 'Delivery options',
    step: OPTION_STEP,
  },
  optionId: { form: undefined, request: 'Id', option: true, label: 'Delivery option' },
  optionDetails: { form: undefined, request: 'Details', option: true, label: 'Delivery option details' },
  visibility: { form: undefined, request: 'TargetVisibility', option: true, label: 'Visibility' },
  product: { form: undefined, request: '', label: 'Product' },
  changeDetails: { form: undefined, request: '', label: 'Change details' },
  productInformation: { form: undefined, request: '', label: 'Product information' },
  shortDescription: { form: undefined, request: 'ShortDescription', label: 'Short description' },
  logoUrl: { form: undefined, request: 'LogoUrl', label: 'Logo URL' },
  categories: { form: undefined, request: 'Categories', label: 'Categories' },
  additionalResources: { form: undefined, request: 'AdditionalResources', label: 'Additional resources' },
} as const;

/** The form fields (prefixes) a wizard step owns, from each field's step. */
export function fieldsOnStep(step: string): string[] {
  const version = Object.entries(VERSION_FIELDS).filter(([, f]) => f.step === step);
  const change = Object.values(CHANGE_FIELDS).filter((f) => 'step' in f && f.step === step);
  return [...version.map(([name]) => name), ...change.map((f) => f.form as string)];
}
