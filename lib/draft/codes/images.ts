import type { CodeFacts } from './facts';

/** Asynchronous error codes about container images. */
export const IMAGES_CODES = {
  DUPLICATE_CONTAINER_IMAGES: {
    decided: 'rule',
    explanation: 'The same container image is listed more than once in a delivery option.',
    field: 'option.images',
  },
  IMAGE_INACCESSIBLE: {
    decided: 'not-decidable',
    advice: 'Check that the image access role and the repository policy let AWS Marketplace read the image.',
    explanation: 'AWS Marketplace could not read the image with the access role given.',
    field: 'option.images',
  },
  IMAGE_NOT_FOUND: {
    decided: 'rule',
    advice:
      'Partly: an image outside Amazon ECR (a public registry) is caught before submission; whether an ECR image was pushed is only known to AWS.',
    explanation:
      'An image URI points outside AWS Marketplace’s registry (seed 001: “The public image URI … is invalid”).',
    field: 'option.images',
  },
  INVALID_ARN: {
    decided: 'not-decidable',
    advice: 'Give a valid IAM role ARN for image access (arn:aws:iam::<account>:role/<name>).',
    explanation: 'The access role ARN for the image is not a valid IAM role ARN.',
    field: 'option.images',
  },
  INVALID_CONTAINER_IMAGES: {
    decided: 'rule',
    explanation: 'A container image URI is not valid.',
    field: 'option.images',
  },
  INVALID_CONTAINER_IMAGE_REPOSITORY: {
    decided: 'rule',
    advice: 'Checked against the product’s repositories before submission.',
    explanation: 'An image comes from a repository that does not belong to this product.',
    field: 'option.images',
  },
  INVALID_CONTAINER_IMAGE_TAG: {
    decided: 'rule',
    explanation:
      "An image uses the 'latest' tag, which AWS Marketplace rejects because it can change under buyers.",
    field: 'option.images',
  },
  INVALID_CONTAINER_IMAGE_TAG_FORMAT: {
    decided: 'rule',
    advice: 'AWS does not publish its tag expression; Wharf uses the Docker tag grammar.',
    explanation: 'An image tag is not a valid tag.',
    field: 'option.images',
  },
  INVALID_CONTAINER_IMAGE_URI: {
    decided: 'not-decidable',
    advice:
      'Push the image (with that exact tag) to one of the product’s repositories before submitting; Wharf cannot see registry contents offline.',
    explanation:
      'An image is not available to this product: it was not pushed to one of its AWS Marketplace repositories.',
    field: 'option.images',
  },
  INVALID_HELM_UNDECLARED_IMAGES: {
    decided: 'chart-preflight',
    advice:
      'Upload the chart in the wizard: its preflight compares the images the chart renders with Container images.',
    explanation:
      'The Helm chart renders images that are not listed in the delivery option’s container images.',
    field: 'option.images',
  },
  MISSING_CONTAINER_IMAGES: {
    decided: 'rule',
    explanation: 'A delivery option lists no container images.',
    field: 'option.images',
  },
  SCAN_ERROR: {
    decided: 'not-decidable',
    advice:
      'Scan the images before submitting, fix the reported vulnerability, then confirm “Images were scanned” in the checklist.',
    explanation: 'AWS Marketplace’s security scan found a vulnerability in an image.',
    field: 'option.images',
  },
  TOO_MANY_CONTAINER_IMAGES: {
    decided: 'rule',
    explanation: 'A delivery option lists more than 50 container images.',
    field: 'option.images',
  },
  UNSUPPORTED_CONTAINER_IMAGE_URI: {
    decided: 'not-decidable',
    advice:
      'Push images with a Docker v2 schema 2 or OCI manifest (docker buildx defaults are fine); the manifest is not visible offline.',
    explanation: 'An image manifest is not a format AWS Marketplace supports (Docker v2 schema 2 or OCI).',
    field: 'option.images',
  },
} satisfies Record<string, CodeFacts>;
