import { MAX_REPOSITORIES } from '@/lib/emulator/changes/add-repositories';
import { SEED_CHART_REPOSITORY, SEED_IMAGE_REPOSITORY } from '@/lib/emulator/seed-ids';
import type { Probe } from './requests';
import { changesOf } from './review';

/* Conditions that narrow a reviewed entry to the requests its reason is about. */

/** The seeded ClairAI product's repositories: its image and its chart repository. */
const SEEDED_REPOSITORIES = [SEED_IMAGE_REPOSITORY, SEED_CHART_REPOSITORY].length;

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

/** True when an AddRepositories would take the seeded product (2 repositories) past seed 001's 50. */
export const passesRepositoryLimit = (r: Probe['request']) =>
  repositoriesOf(r).length + SEEDED_REPOSITORIES > MAX_REPOSITORIES;
