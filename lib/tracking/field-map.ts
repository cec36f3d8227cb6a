/**
 * Which field of a change's DetailsDocument each asynchronous error code concerns. `option` fields
 * live in one delivery option's Details.<Kind>DeliveryOptionDetails; `version` and `doc` fields
 * are relative to the DetailsDocument itself.
 */
export type FieldTarget =
  | { scope: 'version'; field: 'VersionTitle' | 'ReleaseNotes'; label: string }
  | { scope: 'option'; field: string; label: string }
  | {
      scope: 'option-top';
      field: 'DeliveryOptionTitle' | 'TargetVisibility' | 'Id' | 'Details';
      label: string;
    }
  | { scope: 'doc'; field: string; label: string };

const opt = (field: string, label: string): FieldTarget => ({ scope: 'option', field, label });
const doc = (field: string, label: string): FieldTarget => ({ scope: 'doc', field, label });

const IMAGES = opt('ContainerImages', 'Container images');
const CHART = opt('HelmChartUri', 'Helm chart URI');
const SERVICES = opt('CompatibleServices', 'Compatible services');
const OVERRIDES = opt('OverrideParameters', 'Override parameters');
const RESOURCES = opt('DeploymentResources', 'Deployment resources');
const TITLE: FieldTarget = {
  scope: 'option-top',
  field: 'DeliveryOptionTitle',
  label: 'Delivery option title',
};
const VISIBILITY: FieldTarget = { scope: 'option-top', field: 'TargetVisibility', label: 'Visibility' };
const OPTION_ID: FieldTarget = { scope: 'option-top', field: 'Id', label: 'Delivery option' };
const OPTION_DETAILS: FieldTarget = {
  scope: 'option-top',
  field: 'Details',
  label: 'Delivery option details',
};
const REPOSITORIES = doc('Repositories', 'Repositories');

export const CODE_FIELDS: Record<string, FieldTarget> = {
  DUPLICATE_VERSION_TITLE: { scope: 'version', field: 'VersionTitle', label: 'Version title' },
  INVALID_VERSION_TITLE: { scope: 'version', field: 'VersionTitle', label: 'Version title' },
  MULTIPLE_VERSION_UPDATE: { scope: 'version', field: 'VersionTitle', label: 'Version title' },
  INVALID_RELEASE_NOTES: { scope: 'version', field: 'ReleaseNotes', label: 'Release notes' },
  AUDIT_ERROR: VISIBILITY,
  INVALID_VISIBILITY_STATE: VISIBILITY,
  INVALID_DELIVERY_OPTIONS_STATUS: VISIBILITY,
  MISSING_CONTAINER_IMAGES: IMAGES,
  TOO_MANY_CONTAINER_IMAGES: IMAGES,
  DUPLICATE_CONTAINER_IMAGES: IMAGES,
  INVALID_CONTAINER_IMAGES: IMAGES,
  INVALID_CONTAINER_IMAGE_URI: IMAGES,
  INVALID_CONTAINER_IMAGE_TAG: IMAGES,
  INVALID_CONTAINER_IMAGE_TAG_FORMAT: IMAGES,
  INVALID_CONTAINER_IMAGE_REPOSITORY: IMAGES,
  IMAGE_NOT_FOUND: IMAGES,
  IMAGE_INACCESSIBLE: IMAGES,
  INVALID_ARN: IMAGES,
  SCAN_ERROR: IMAGES,
  UNSUPPORTED_CONTAINER_IMAGE_URI: IMAGES,
  INVALID_HELM_UNDECLARED_IMAGES: IMAGES,
  INVALID_HELM_CHART_IMAGES: CHART,
  INVALID_HELM_CHART_URI: CHART,
  INVALID_HELM_CHART: CHART,
  INVALID_HELM_LINT: CHART,
  INVALID_HELM_TEMPLATE: CHART,
  INCOMPATIBLE_HELM_OBJECTS: CHART,
  INVALID_HELM_OBJECTS: CHART,
  INVALID_DEPENDENT_HELM_CHARTS: CHART,
  INVALID_HELM_SENSITIVE_CONFIG: CHART,
  INVALID_USAGE_INSTRUCTIONS: opt('UsageInstructions', 'Usage instructions'),
  DUPLICATE_COMPATIBLE_AWS_SERVICES: SERVICES,
  INCOMPATIBLE_SERVICES: SERVICES,
  NO_SERVICE_SPECIFIED: SERVICES,
  DUPLICATE_DELIVERY_OPTION_TITLES: TITLE,
  INVALID_DELIVERY_OPTION_TITLES: TITLE,
  INVALID_FULFILLMENT_OPTION_TITLE: TITLE,
  NO_LICENSE_SECRET_KEYS: OVERRIDES,
  NO_SERVICE_ACCOUNT_CONFIGURATION: OVERRIDES,
  DUPLICATE_OVERRIDE_PARAMETER_KEYS: OVERRIDES,
  OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS: OVERRIDES,
  OVERRIDE_PARAMETER_KEYS_CONTAINS_RESERVED_PARAMETER_KEYS: OVERRIDES,
  EMPTY_RESOURCE_NAME: RESOURCES,
  EMPTY_RESOURCE_URL: RESOURCES,
  INVALID_RESOURCE_NAME: RESOURCES,
  INVALID_RESOURCE_URL: RESOURCES,
  INVALID_RELEASE_NAME: opt('ReleaseName', 'Helm release name'),
  INVALID_NAMESPACE: opt('Namespace', 'Kubernetes namespace'),
  INVALID_ADDON_NAMESPACE: opt('Namespace', 'Add-on namespace'),
  INCOMPATIBLE_ADDON_NAMESPACE: opt('Namespace', 'Add-on namespace'),
  DUPLICATE_ADDON_NAME: opt('AddOnName', 'Add-on name'),
  INVALID_ADDON_NAME: opt('AddOnName', 'Add-on name'),
  INVALID_ADDON_NAME_PATTERN: opt('AddOnName', 'Add-on name'),
  INCOMPATIBLE_ADDON_NAME: opt('AddOnName', 'Add-on name'),
  DUPLICATE_ADDON_VERSION: opt('AddOnVersion', 'Add-on version'),
  INVALID_ADDON_VERSION_PATTERN: opt('AddOnVersion', 'Add-on version'),
  INVALID_ADDON_TYPE: opt('AddOnType', 'Add-on type'),
  INCOMPATIBLE_ADDON_TYPE: opt('AddOnType', 'Add-on type'),
  NCOMPATIBLE_ADDON_TYPE: opt('AddOnType', 'Add-on type'),
  DUPLICATE_KUBERNETES_VERSIONS: opt('CompatibleKubernetesVersions', 'Kubernetes versions'),
  INVALID_KUBERNETES_VERSION: opt('CompatibleKubernetesVersions', 'Kubernetes versions'),
  DUPLICATE_SUPPORTED_ARCHITECTURES: opt('SupportedArchitectures', 'Supported architectures'),
  INVALID_ARCHITECTURE: opt('SupportedArchitectures', 'Supported architectures'),
  DUPLICATE_ENVIRONMENT_OVERRIDE_PARAMETER_KEY: opt(
    'EnvironmentOverrideParameters',
    'Environment override parameters',
  ),
  INVALID_ENVIRONMENT_OVERRIDE_PARAMETER_VALUE: opt(
    'EnvironmentOverrideParameters',
    'Environment override parameters',
  ),
  INVALID_SHORT_DESCRIPTION: opt('Description', 'Description'),
  INVALID_DETAILS: OPTION_DETAILS,
  FIELD_NOT_ALLOWED_TO_CHANGE: OPTION_DETAILS,
  INVALID_DELIVERY_OPTION_TYPE: OPTION_DETAILS,
  DUPLICATE_DELIVERY_OPTION_IDS: OPTION_ID,
  INVALID_DELIVERY_OPTION_IDS: OPTION_ID,
  MISSING_DELIVERY_OPTION_IDS: OPTION_ID,
  EMPTY_DELIVERY_OPTION_IDS: OPTION_ID,
  INVALID_DELIVERY_OPTIONS_INPUT: doc('DeliveryOptions', 'Delivery options'),
  TOO_MANY_EKS_ADDON_DELIVERY_OPTIONS: doc('DeliveryOptions', 'Delivery options'),
  INVALID_MINIMUM_PUBLIC_DELIVERY_OPTIONS: doc('DeliveryOptions', 'Delivery options'),
  NO_CHANGE_FOUND: doc('DeliveryOptions', 'Delivery options'),
  DUPLICATE_REPOSITORY_NAMES: REPOSITORIES,
  DUPLICATE_ECR_REPOSITORY_NAME: REPOSITORIES,
  INVALID_ECR_REPOSITORY_NAME: REPOSITORIES,
  MISSING_REPOSITORY_INFORMATION: REPOSITORIES,
  INCOMPATIBLE_PRODUCT_STATUS: doc('', 'Product'),
  INVALID_INPUT: doc('', 'Change details'),
  MISSING_DATA: doc('', 'Product information'),
  INVALID_MEDIA: doc('LogoUrl', 'Logo URL'),
  INVALID_CATEGORY_NAMES: doc('Categories', 'Categories'),
  INVALID_ADDITIONAL_RESOURCES: doc('AdditionalResources', 'Additional resources'),
};
