import type { CodeFacts } from './facts';

/** Asynchronous error codes about Amazon EKS add-on fields. */
export const EKS_CODES = {
  DUPLICATE_ADDON_NAME: {
    decided: 'not-decidable',
    advice:
      'Add-on names are unique across all sellers; only AWS knows the others. Pick a distinctive, seller-prefixed name.',
    explanation: 'Another product on AWS Marketplace already uses this add-on name.',
    field: 'option.addOnName',
  },
  DUPLICATE_ADDON_VERSION: {
    decided: 'rule',
    explanation: 'This add-on version is already published for the add-on.',
    field: 'option.addOnVersion',
  },
  DUPLICATE_ENVIRONMENT_OVERRIDE_PARAMETER_KEY: {
    decided: 'rule',
    explanation: 'An environment override parameter key is used more than once.',
    field: 'option.envOverrides',
  },
  DUPLICATE_KUBERNETES_VERSIONS: {
    decided: 'rule',
    explanation: 'A Kubernetes version is listed more than once.',
    field: 'option.k8sVersions',
  },
  DUPLICATE_SUPPORTED_ARCHITECTURES: {
    decided: 'rule',
    explanation: 'A supported architecture is listed more than once.',
    field: 'option.architectures',
  },
  INCOMPATIBLE_ADDON_NAME: {
    decided: 'rule',
    explanation: 'The add-on name differs from the name this product already uses for its add-on.',
    field: 'option.addOnName',
  },
  INCOMPATIBLE_ADDON_TYPE: {
    decided: 'rule',
    explanation: 'The add-on type differs from the type already in use for this add-on.',
    field: 'option.addOnType',
  },
  INVALID_ADDON_NAME: {
    decided: 'rule',
    explanation: 'The add-on name is not allowed.',
    field: 'option.addOnName',
  },
  INVALID_ADDON_NAME_PATTERN: {
    decided: 'rule',
    explanation: 'The add-on name does not follow the naming pattern (lowercase letters, digits and dashes).',
    field: 'option.addOnName',
  },
  INVALID_ADDON_TYPE: {
    decided: 'rule',
    explanation: 'The add-on type is not one AWS accepts.',
    field: 'option.addOnType',
  },
  INVALID_ADDON_VERSION_PATTERN: {
    decided: 'rule',
    explanation: 'The add-on version is not a valid semantic version.',
    field: 'option.addOnVersion',
  },
  INVALID_ARCHITECTURE: {
    decided: 'rule',
    explanation: 'A supported architecture is not one AWS accepts (amd64 or arm64).',
    field: 'option.architectures',
  },
  INVALID_ENVIRONMENT_OVERRIDE_PARAMETER_VALUE: {
    decided: 'rule',
    explanation: 'An environment override parameter value is not one of the allowed placeholders.',
    field: 'option.envOverrides',
  },
  INVALID_KUBERNETES_VERSION: {
    decided: 'rule',
    advice: 'Format only: the supported EKS version list changes over time and is not published offline.',
    explanation: 'A compatible Kubernetes version is not one Amazon EKS supports.',
    field: 'option.k8sVersions',
  },
  NCOMPATIBLE_ADDON_TYPE: {
    decided: 'rule',
    alias: 'INCOMPATIBLE_ADDON_TYPE',
    advice: 'Typo in seed 001 for INCOMPATIBLE_ADDON_TYPE.',
    explanation: 'The add-on type differs from the type already in use for this add-on.',
    field: 'option.addOnType',
  },
} satisfies Record<string, CodeFacts>;
