import type { CodeFacts } from './facts';

/** Asynchronous error codes about Helm chart fields. */
export const HELM_CODES = {
  DUPLICATE_OVERRIDE_PARAMETER_KEYS: {
    decided: 'rule',
    explanation: 'A Helm override parameter key is used more than once.',
    field: 'option.overrides',
  },
  INCOMPATIBLE_ADDON_NAMESPACE: {
    decided: 'rule',
    explanation: 'The add-on namespace differs from the namespace already in use for this add-on.',
    field: 'option.namespace',
  },
  INCOMPATIBLE_HELM_OBJECTS: {
    decided: 'chart-preflight',
    advice:
      'Upload the chart: the preflight flags Release objects (other than .Name/.Namespace), hooks and lookup.',
    explanation:
      'The Helm chart uses Release objects, hooks or lookups that AWS Marketplace does not support.',
    field: 'option.helmChartUri',
  },
  INVALID_ADDON_NAMESPACE: {
    decided: 'rule',
    explanation: 'The add-on namespace is not a valid Kubernetes namespace.',
    field: 'option.namespace',
  },
  INVALID_DEPENDENT_HELM_CHARTS: {
    decided: 'chart-preflight',
    advice: 'Vendor sub-charts into charts/ of the parent chart.',
    explanation: 'The Helm chart depends on charts outside its own charts/ folder.',
    field: 'option.helmChartUri',
  },
  INVALID_HELM_CHART: {
    decided: 'chart-preflight',
    advice: 'Follow the Seller Guide Helm chart rules; the preflight checks the checkable ones.',
    explanation: 'The Helm chart does not meet the AWS Marketplace chart requirements.',
    field: 'option.helmChartUri',
  },
  INVALID_HELM_CHART_IMAGES: {
    decided: 'chart-preflight',
    advice:
      'Upload the chart in the wizard: its preflight flags images the chart renders from outside the Marketplace registry.',
    explanation: 'The Helm chart renders images that are not in AWS Marketplace’s registry.',
    field: 'option.helmChartUri',
  },
  INVALID_HELM_CHART_URI: {
    decided: 'rule',
    explanation: 'The Helm chart URI is not valid or not in this product’s repositories.',
    field: 'option.helmChartUri',
  },
  INVALID_HELM_LINT: {
    decided: 'chart-preflight',
    advice: 'Run helm lint, or upload the chart for the preflight.',
    explanation: 'The Helm chart fails helm lint.',
    field: 'option.helmChartUri',
  },
  INVALID_HELM_OBJECTS: {
    decided: 'chart-preflight',
    advice: 'Alternative name of INCOMPATIBLE_HELM_OBJECTS in seed 001.',
    explanation:
      'The Helm chart uses Release objects, hooks or lookups that AWS Marketplace does not support.',
    field: 'option.helmChartUri',
  },
  INVALID_HELM_SENSITIVE_CONFIG: {
    decided: 'chart-preflight',
    advice: 'Remove secret-like fields from values.schema.json; the preflight lists them.',
    explanation: 'The chart’s values schema declares secret-like fields that AWS Marketplace would expose.',
    field: 'option.helmChartUri',
  },
  INVALID_HELM_TEMPLATE: {
    decided: 'chart-preflight',
    advice: 'Run helm template, or upload the chart for the preflight.',
    explanation: 'The Helm chart fails helm template.',
    field: 'option.helmChartUri',
  },
  INVALID_NAMESPACE: {
    decided: 'rule',
    explanation: 'The Kubernetes namespace is not valid.',
    field: 'option.namespace',
  },
  INVALID_RELEASE_NAME: {
    decided: 'rule',
    explanation: 'The Helm release name is not valid.',
    field: 'option.releaseName',
  },
  NO_LICENSE_SECRET_KEYS: {
    decided: 'rule',
    explanation: 'Amazon EKS Anywhere products need an override parameter for the license secret.',
    field: 'option.overrides',
  },
  NO_SERVICE_ACCOUNT_CONFIGURATION: {
    decided: 'rule',
    advice: 'Decided from the product’s pricing dimensions: a product that has any is paid.',
    explanation: 'Paid products need an override parameter for the service account.',
    field: 'option.overrides',
  },
  OVERRIDE_PARAMETER_KEYS_CONTAINS_RESERVED_PARAMETER_KEYS: {
    decided: 'rule',
    advice: 'Partial: AWS does not publish the reserved list; Wharf rejects keys starting with AWSMP.',
    explanation: 'An override parameter key is reserved by AWS Marketplace.',
    field: 'option.overrides',
  },
  OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS: {
    decided: 'rule',
    explanation: 'An override parameter key contains characters Helm keys may not use.',
    field: 'option.overrides',
  },
} satisfies Record<string, CodeFacts>;
