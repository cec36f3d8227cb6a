import type { CodeFacts } from './facts';

/** Asynchronous error codes about the version, the repositories and the product. */
export const VERSION_CODES = {
  DUPLICATE_ECR_REPOSITORY_NAME: {
    decided: 'rule',
    explanation: 'A repository with this name already exists for your seller account.',
    field: 'change.repositories',
  },
  DUPLICATE_REPOSITORY_NAMES: {
    decided: 'rule',
    explanation: 'The same repository name appears more than once in the request.',
    field: 'change.repositories',
  },
  DUPLICATE_VERSION_TITLE: {
    decided: 'rule',
    explanation: 'The product already has a version with this title; every version needs its own.',
    field: 'version.versionTitle',
  },
  INCOMPATIBLE_PRODUCT_STATUS: {
    decided: 'rule',
    explanation: 'The product is not in a state that allows this change.',
    field: 'change.product',
  },
  INVALID_ADDITIONAL_RESOURCES: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct the value named in AWS’s message, then submit again.',
    explanation: 'Too many additional resources were given for the product page.',
    field: 'change.additionalResources',
  },
  INVALID_CATEGORY_NAMES: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct the value named in AWS’s message, then submit again.',
    explanation: 'The product categories are missing, too many, or not AWS Marketplace categories.',
    field: 'change.categories',
  },
  INVALID_ECR_REPOSITORY_NAME: {
    decided: 'rule',
    explanation: 'A repository name is not a valid Amazon ECR repository name.',
    field: 'change.repositories',
  },
  INVALID_INPUT: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct the value named in AWS’s message, then submit again.',
    explanation: 'A value in the request was rejected as given.',
    field: 'change.changeDetails',
  },
  INVALID_MEDIA: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct the value named in AWS’s message, then submit again.',
    explanation: 'The logo or media URL is not an accessible https Amazon S3 URL.',
    field: 'change.logoUrl',
  },
  INVALID_RELEASE_NOTES: {
    decided: 'rule',
    explanation: 'The release notes are empty, too long, or contain unsupported characters.',
    field: 'version.releaseNotes',
  },
  INVALID_VERSION_TITLE: {
    decided: 'rule',
    explanation: 'The version title is too long, starts with a space, or contains unsupported characters.',
    field: 'version.versionTitle',
  },
  MISSING_DATA: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct the value named in AWS’s message, then submit again.',
    explanation: 'Required product information is missing.',
    field: 'change.productInformation',
  },
  MISSING_REPOSITORY_INFORMATION: {
    decided: 'rule',
    explanation: 'A repository was given without its name or type.',
    field: 'change.repositories',
  },
  MULTIPLE_VERSION_UPDATE: {
    decided: 'rule',
    explanation: 'The change touches more than one version; each change may update only one.',
    field: 'version.versionTitle',
  },
} satisfies Record<string, CodeFacts>;
