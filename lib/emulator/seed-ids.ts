/*
 * Fixed identifiers of the seeded world, so console tests and demos can name them. Re-exported from
 * seed.ts; kept apart so low-level modules can import them without pulling in the seeding code.
 */

/** The seller's AWS account (owner of every seeded entity and change set). */
export const SEED_ACCOUNT_ID = '123456789012';
export const SEED_SELLER_NAME = 'Info Services';
/** The seller's namespace inside the AWS Marketplace ECR registry. */
export const SEED_SELLER_NAMESPACE = 'info-services';
/** AWS Marketplace's ECR registry that holds seller repositories. */
export const SEED_REGISTRY = '709825985650.dkr.ecr.us-east-1.amazonaws.com';

/** ClairAI Observability Platform (seed 000): Public, Helm-based for Amazon EKS. */
export const SEED_PRODUCT_ID = 'prod-clairaiobsv01';
export const SEED_PRODUCT_TITLE = 'ClairAI Observability Platform';
/** A Draft container product with nothing but a title. */
export const SEED_DRAFT_PRODUCT_ID = 'prod-draftdemo0001';
export const SEED_DRAFT_PRODUCT_TITLE = 'ClairAI Edge Collector';

export const SEED_IMAGE_REPOSITORY = `${SEED_REGISTRY}/${SEED_SELLER_NAMESPACE}/clairai`;
export const SEED_CHART_REPOSITORY = `${SEED_REGISTRY}/${SEED_SELLER_NAMESPACE}/clairai-helm`;
export const SEED_COMPONENTS = ['backend', 'frontend', 'agent', 'yace'] as const;
export const SEED_CHART_VERSION = '0.1.0';

/** Versions and delivery options of ClairAI. */
export const SEED_VERSION_1_0_ID = '3f0c2a51-7d4e-4b8a-9c11-2e6f5a7b8c90';
export const SEED_VERSION_1_1_ID = '8a1d4e2f-5b6c-4d7e-8f90-1a2b3c4d5e6f';
export const SEED_OPTION_HELM_1_0_ID = 'b1c2d3e4-0000-4a1b-8c2d-100000000001';
export const SEED_OPTION_HELM_ID = 'b1c2d3e4-0000-4a1b-8c2d-110000000001';
export const SEED_OPTION_ECR_ID = 'b1c2d3e4-0000-4a1b-8c2d-110000000002';
export const SEED_OPTION_EKS_ADDON_ID = 'do-clairai0addon000000v11';
export const SEED_ADDON = {
  name: 'clairai',
  type: 'observability',
  namespace: 'clairai',
  version: '0.1.0',
} as const;

/** Seeded past change sets. */
export const SEED_CHANGE_SET_CREATE_DRAFT = 'seedcs0createdraft0000001';
export const SEED_CHANGE_SET_REPOSITORIES = 'seedcs0addrepos0000000001';
export const SEED_CHANGE_SET_VERSION_1_1 = 'seedcs0addversion11000001';
export const SEED_CHANGE_SET_FAILED = 'seedcs0failedversion00001';
export const SEED_CHANGE_SET_CANCELLED = 'seedcs0cancelledinfo00001';

/** An image tag the registry marks as vulnerable, so a version using it fails with SCAN_ERROR. */
export const SEED_VULNERABLE_TAG = 'vulnerable-demo';

/**
 * ClairAI Lite: Limited and free (no pricing dimensions), one version with one option of each kind,
 * so seed 001's UpdateDeliveryOptions examples (which change titles a Public product freezes) apply.
 */
export const SEED_LIMITED_PRODUCT_ID = 'prod-limiteddemo01';
export const SEED_LIMITED_PRODUCT_TITLE = 'ClairAI Lite';
export const SEED_LIMITED_IMAGE_REPOSITORY = `${SEED_REGISTRY}/${SEED_SELLER_NAMESPACE}/clairai-lite`;
export const SEED_LIMITED_CHART_REPOSITORY = `${SEED_REGISTRY}/${SEED_SELLER_NAMESPACE}/clairai-lite-helm`;
export const SEED_LIMITED_IMAGE = `${SEED_LIMITED_IMAGE_REPOSITORY}:1.0.0`;
export const SEED_LIMITED_CHART = `${SEED_LIMITED_CHART_REPOSITORY}:1.0.0`;
export const SEED_LIMITED_VERSION_ID = '5c2e7a10-3b4d-4e5f-8a6b-7c8d9e0f1a2b';
export const SEED_LIMITED_OPTION_ECR_ID = 'c1d2e3f4-0000-4a1b-8c2d-200000000001';
export const SEED_LIMITED_OPTION_HELM_ID = 'c1d2e3f4-0000-4a1b-8c2d-200000000002';
export const SEED_LIMITED_OPTION_EKS_ADDON_ID = 'do-clairai0lite0addon00v10';
export const SEED_LIMITED_ADDON = {
  name: 'clairai-lite',
  type: 'monitoring',
  namespace: 'clairai-lite',
  version: '1.0.0',
} as const;
