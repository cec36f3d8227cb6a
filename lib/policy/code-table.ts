import { RULE_DEFS } from './rules';

/** How Wharf handles one asynchronous error code of seed 001. */
export interface CodeEntry {
  code: string;
  /** rule: a rule decides it before submission; chart-preflight: the chart analyser does; not-decidable: only AWS can. */
  status: 'rule' | 'chart-preflight' | 'not-decidable';
  /** Rules that prevent it (derived from each rule's source.code, plus aliases). */
  ruleIds: string[];
  /** What the seller can do, or a note on how the code is covered. */
  advice: string;
}

type Row = [code: string, status: CodeEntry['status'], advice: string, alias?: string];

const ROWS: Row[] = [
  [
    'AUDIT_ERROR',
    'not-decidable',
    'Complete the ISV testing for every compatible Amazon EKS version in the Management Portal, then retry the visibility change.',
  ],
  [
    'DUPLICATE_ADDON_NAME',
    'not-decidable',
    'Add-on names are unique across all sellers; only AWS knows the others. Pick a distinctive, seller-prefixed name.',
  ],
  [
    'IMAGE_INACCESSIBLE',
    'not-decidable',
    'Check AccessRoleArn and the repository policy grant Marketplace access to the image.',
  ],
  [
    'IMAGE_NOT_FOUND',
    'not-decidable',
    'Push the image (with that exact tag) before submitting; Wharf cannot see registry contents offline.',
  ],
  [
    'INVALID_ARN',
    'not-decidable',
    'Give a valid IAM role ARN for image access (arn:aws:iam::<account>:role/<name>).',
  ],
  [
    'SCAN_ERROR',
    'not-decidable',
    'Scan images before submitting and fix the reported CVE; attest with attest-images-scanned.',
  ],
  [
    'UNSUPPORTED_CONTAINER_IMAGE_URI',
    'not-decidable',
    'Push images with a Docker v2 schema 2 or OCI manifest (docker buildx defaults are fine); the manifest is not visible offline.',
  ],
  [
    'INCOMPATIBLE_HELM_OBJECTS',
    'chart-preflight',
    'Upload the chart: the preflight flags Release objects (other than .Name/.Namespace), hooks and lookup.',
  ],
  ['INVALID_HELM_OBJECTS', 'chart-preflight', 'Alternative name of INCOMPATIBLE_HELM_OBJECTS in seed 001.'],
  ['INVALID_DEPENDENT_HELM_CHARTS', 'chart-preflight', 'Vendor sub-charts into charts/ of the parent chart.'],
  [
    'INVALID_HELM_SENSITIVE_CONFIG',
    'chart-preflight',
    'Remove secret-like fields from values.schema.json; the preflight lists them.',
  ],
  [
    'INVALID_HELM_UNDECLARED_IMAGES',
    'chart-preflight',
    'With a chart analysis, chart-images-declared compares rendered images with ContainerImages.',
  ],
  [
    'INVALID_HELM_CHART_IMAGES',
    'chart-preflight',
    'With a chart analysis, chart-images-marketplace flags rendered images outside Marketplace ECR.',
  ],
  ['INVALID_HELM_LINT', 'chart-preflight', 'Run helm lint, or upload the chart for the preflight.'],
  ['INVALID_HELM_TEMPLATE', 'chart-preflight', 'Run helm template, or upload the chart for the preflight.'],
  [
    'INVALID_HELM_CHART',
    'chart-preflight',
    'Follow the Seller Guide Helm chart rules; the preflight checks the checkable ones.',
  ],
  [
    'NCOMPATIBLE_ADDON_TYPE',
    'rule',
    'Typo in seed 001 for INCOMPATIBLE_ADDON_TYPE.',
    'INCOMPATIBLE_ADDON_TYPE',
  ],
  [
    'INVALID_CONTAINER_IMAGE_REPOSITORY',
    'rule',
    'Needs the product snapshot (--entity) to know the product’s repositories.',
  ],
  [
    'INVALID_CONTAINER_IMAGE_TAG_FORMAT',
    'rule',
    'AWS does not publish its tag expression; Wharf uses the Docker tag grammar.',
  ],
  [
    'INVALID_KUBERNETES_VERSION',
    'rule',
    'Format only: the supported EKS version list changes over time and is not published offline.',
  ],
  [
    'OVERRIDE_PARAMETER_KEYS_CONTAINS_RESERVED_PARAMETER_KEYS',
    'rule',
    'Partial: AWS does not publish the reserved list; Wharf rejects keys starting with AWSMP.',
  ],
  [
    'NO_SERVICE_ACCOUNT_CONFIGURATION',
    'rule',
    'Decided when the console knows the product is paid (pricing model Usage or Contract).',
  ],
];

const DECIDED = [
  'DUPLICATE_ADDON_VERSION',
  'DUPLICATE_COMPATIBLE_AWS_SERVICES',
  'DUPLICATE_CONTAINER_IMAGES',
  'DUPLICATE_DELIVERY_OPTION_IDS',
  'DUPLICATE_DELIVERY_OPTION_TITLES',
  'DUPLICATE_ECR_REPOSITORY_NAME',
  'DUPLICATE_ENVIRONMENT_OVERRIDE_PARAMETER_KEY',
  'DUPLICATE_KUBERNETES_VERSIONS',
  'DUPLICATE_OVERRIDE_PARAMETER_KEYS',
  'DUPLICATE_REPOSITORY_NAMES',
  'DUPLICATE_SUPPORTED_ARCHITECTURES',
  'DUPLICATE_VERSION_TITLE',
  'EMPTY_DELIVERY_OPTION_IDS',
  'EMPTY_RESOURCE_NAME',
  'EMPTY_RESOURCE_URL',
  'FIELD_NOT_ALLOWED_TO_CHANGE',
  'INCOMPATIBLE_ADDON_NAME',
  'INCOMPATIBLE_ADDON_NAMESPACE',
  'INCOMPATIBLE_ADDON_TYPE',
  'INCOMPATIBLE_PRODUCT_STATUS',
  'INCOMPATIBLE_SERVICES',
  'INVALID_ADDON_NAME',
  'INVALID_ADDON_NAMESPACE',
  'INVALID_ADDON_NAME_PATTERN',
  'INVALID_ADDON_TYPE',
  'INVALID_ADDON_VERSION_PATTERN',
  'INVALID_ARCHITECTURE',
  'INVALID_CONTAINER_IMAGES',
  'INVALID_CONTAINER_IMAGE_TAG',
  'INVALID_CONTAINER_IMAGE_URI',
  'INVALID_DELIVERY_OPTIONS_INPUT',
  'INVALID_DELIVERY_OPTIONS_STATUS',
  'INVALID_DELIVERY_OPTION_IDS',
  'INVALID_DELIVERY_OPTION_TITLES',
  'INVALID_DELIVERY_OPTION_TYPE',
  'INVALID_DETAILS',
  'INVALID_ECR_REPOSITORY_NAME',
  'INVALID_ENVIRONMENT_OVERRIDE_PARAMETER_VALUE',
  'INVALID_FULFILLMENT_OPTION_TITLE',
  'INVALID_HELM_CHART_URI',
  'INVALID_MINIMUM_PUBLIC_DELIVERY_OPTIONS',
  'INVALID_NAMESPACE',
  'INVALID_RELEASE_NAME',
  'INVALID_RELEASE_NOTES',
  'INVALID_RESOURCE_NAME',
  'INVALID_RESOURCE_URL',
  'INVALID_SHORT_DESCRIPTION',
  'INVALID_USAGE_INSTRUCTIONS',
  'INVALID_VERSION_TITLE',
  'INVALID_VISIBILITY_STATE',
  'MISSING_CONTAINER_IMAGES',
  'MISSING_DELIVERY_OPTION_IDS',
  'MISSING_REPOSITORY_INFORMATION',
  'MULTIPLE_VERSION_UPDATE',
  'NO_CHANGE_FOUND',
  'NO_LICENSE_SECRET_KEYS',
  'NO_SERVICE_SPECIFIED',
  'OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS',
  'TOO_MANY_CONTAINER_IMAGES',
  'TOO_MANY_EKS_ADDON_DELIVERY_OPTIONS',
];

function rulesFor(code: string): string[] {
  return RULE_DEFS.filter((r) => r.source.code === code).map((r) => r.id);
}

const explicit = new Set(ROWS.map((r) => r[0]));

/** Every asynchronous error code of seed 001 and how Wharf handles it, sorted by code. */
export const CODE_TABLE: readonly CodeEntry[] = [
  ...ROWS.map(([code, status, advice, alias]) => ({
    code,
    status,
    advice,
    ruleIds: rulesFor(alias ?? code),
  })),
  ...DECIDED.filter((c) => !explicit.has(c)).map((code) => ({
    code,
    status: 'rule' as const,
    advice: 'Checked before submission.',
    ruleIds: rulesFor(code),
  })),
].sort((a, b) => a.code.localeCompare(b.code));
