import { SEED_CHART_REPOSITORY, SEED_IMAGE_REPOSITORY } from '@/lib/emulator/seed-ids';
import { seedImages } from '@/lib/emulator/seed-product';
import type { Probe } from './requests';
import { changesOf } from './review';

/* Conditions that narrow a reviewed entry to the requests its reason is about. */

/** A change's details, from DetailsDocument or the Details string. */
function detailsOf(c: Record<string, unknown>): Record<string, unknown> | undefined {
  let doc = c.DetailsDocument;
  if (typeof c.Details === 'string') {
    try {
      doc = JSON.parse(c.Details);
    } catch {
      return undefined;
    }
  }
  return typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : undefined;
}

/** The Repositories entries of a request's changes. */
const repositoriesOf = (r: Probe['request']) =>
  changesOf(r).flatMap((c) => {
    const list = detailsOf(c)?.Repositories;
    return Array.isArray(list) ? (list as unknown[]).map((x) => (x ?? {}) as Record<string, unknown>) : [];
  });

export const hasUnnamedRepository = (r: Probe['request']) =>
  repositoriesOf(r).some((x) => typeof x.RepositoryName !== 'string' || x.RepositoryName === '');
export const hasNonEcrRepository = (r: Probe['request']) =>
  repositoriesOf(r).some((x) => x.RepositoryType !== undefined && x.RepositoryType !== 'ECR');

/** True when a change lists an empty DeliveryOptions array. */
export const hasEmptyDeliveryOptions = (r: Probe['request']) =>
  changesOf(r).some((c) => {
    const list = detailsOf(c)?.DeliveryOptions;
    return Array.isArray(list) && list.length === 0;
  });

const PUSHED = new Set(seedImages().map((i) => `${i.repository}:${i.tag}`));
const OWN_REPOSITORY = new RegExp(
  `^(?:${SEED_IMAGE_REPOSITORY}|${SEED_CHART_REPOSITORY}):`.replaceAll('.', '\\.'),
);
/** Image URIs in the seeded product's repositories whose tag the seeded registry does not hold. */
export const unpushedImages = (r: Probe['request']) =>
  (JSON.stringify(r).match(/"[^"]+"/g) ?? [])
    .map((s) => s.slice(1, -1))
    .filter((s) => OWN_REPOSITORY.test(s) && !PUSHED.has(s));

/** True when the request names an image outside Amazon ECR (a public registry). */
export const namesPublicImage = (r: Probe['request']) =>
  /"(?:nginx|registry\.example\.com|quay\.io)[^"]*"/.test(JSON.stringify(r));
