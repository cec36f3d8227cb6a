import { CHART_020, IMAGES_120 } from '@/lib/emulator/fixtures';
import {
  SEED_CHART_REPOSITORY,
  SEED_IMAGE_REPOSITORY,
  SEED_OPTION_ECR_ID,
  SEED_OPTION_EKS_ADDON_ID,
  SEED_OPTION_HELM_1_0_ID,
  SEED_OPTION_HELM_ID,
  SEED_PRODUCT_ID,
} from '@/lib/emulator/seed-ids';
import { REG } from '@/lib/policy/testing/builders';

/*
 * The policy tests' placeholders (seed 001's and builders.ts's product id, option ids, images and
 * charts) name nothing in the service's seeded world. Rewriting them to the seeded ClairAI product's
 * makes a request mean the same thing to both sides, so their verdicts can be compared.
 */
const IMAGE = IMAGES_120[0]!;
const SEED = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
const SEED_ALT = '709825985650.dkr.ecr.us-east-1.amazonaws.com';

/** Substring rewrites, most specific first (a full image URI before its repository prefix). */
const REWRITES: [string, string][] = [
  ['prod-abcdefghijklm', SEED_PRODUCT_ID],
  // seed 001
  [`${SEED}/sellername/reponame1:helmchart1.1`, CHART_020],
  [`${SEED}/sellername/reponame2:mychart1.1`, CHART_020],
  [`${SEED}/rocket/rocket-product-helm:1.0`, CHART_020],
  [`${SEED_ALT}/rocket/rocket-product-helm:1.0`, CHART_020],
  [`${SEED}/sellername/helmname:1.0`, CHART_020],
  [`${SEED}/sellername/reponame1:1.1`, IMAGE],
  [`${SEED}/test-seller/canary-test-repo-product-6:mongo`, IMAGE],
  [`${SEED_ALT}/test-seller/canary-test-repo-product-6:mongo`, IMAGE],
  [`${SEED}/sellername/imagename:1.0`, IMAGE],
  ['example1-2222-cccc-2222-cccccccccccc', SEED_OPTION_HELM_1_0_ID],
  ['example5-2222-cccc-2222-cccccccccccc', SEED_OPTION_HELM_ID],
  ['do-1234567891234567891234', SEED_OPTION_EKS_ADDON_ID],
  // builders.ts (REG is the same account as seed 001's)
  [`${REG}/seller/chart:1.4.0`, CHART_020],
  [`${REG}/seller/app:1.4.0`, IMAGE],
  [`${REG}/seller/chart`, SEED_CHART_REPOSITORY],
  [`${REG}/seller/app`, SEED_IMAGE_REPOSITORY],
];

/** Whole-value rewrites: short option ids that would be wrong to replace inside other text. */
const IDS: Record<string, string> = {
  'do-ecr': SEED_OPTION_ECR_ID,
  'do-helm': SEED_OPTION_HELM_ID,
  'do-addon': SEED_OPTION_EKS_ADDON_ID,
};

/**
 * Rewrites every string of a request; `optionId` replaces seed 001's "example4-…" id, which names the
 * container-image option in one example and the add-on option in another.
 */
export function toSeededWorld<T>(value: T, optionId = SEED_OPTION_ECR_ID): T {
  const rewrite = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v in IDS) return IDS[v];
      let s = v.replaceAll('example4-2222-cccc-2222-cccccccccccc', optionId);
      for (const [from, to] of REWRITES) s = s.replaceAll(from, to);
      return s;
    }
    if (Array.isArray(v)) return v.map(rewrite);
    if (typeof v === 'object' && v !== null)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewrite(x)]));
    return v;
  };
  return rewrite(value) as T;
}
