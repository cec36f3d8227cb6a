import { SEED_REGISTRY, SEED_SELLER_NAMESPACE } from '../seed-ids';
import { dupes, err, isObj, str } from './fields';
import type { ChangeHandler, ErrorDetail } from './types';

/** ECR's repository-name grammar; the seed's example is 'nginx-web-app'. */
/** Seed 001: "You can only have 50 repositories per product" (AWS's current page says 70; the seed stands). */
export const MAX_REPOSITORIES = 50;
const NAME_RE = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export const repositoryUrl = (name: string) => `${SEED_REGISTRY}/${SEED_SELLER_NAMESPACE}/${name}`;

/** AddRepositories: create ECR repositories under the seller namespace (allowed on Draft). */
export const addRepositories: ChangeHandler = (_ctx, product, details) => {
  const raw = isObj(details) && Array.isArray(details.Repositories) ? details.Repositories : [];
  const names = raw.map((r) => (isObj(r) ? (str(r.RepositoryName) ?? '') : ''));
  if (!names.length || names.some((n) => !n))
    return [err('MISSING_REPOSITORY_INFORMATION', 'Provide at least 1 repository name.')];
  const out: ErrorDetail[] = [];
  for (const name of names) {
    if (`${SEED_SELLER_NAMESPACE}/${name}`.length > 256)
      out.push(
        err(
          'INVALID_ECR_REPOSITORY_NAME',
          'Maximum character length 256 reached. Character length count is inclusive of the seller namespace.',
        ),
      );
    else if (!NAME_RE.test(name))
      out.push(
        err(
          'INVALID_ECR_REPOSITORY_NAME',
          `Provide repository name in the format: 'nginx-web-app'. Invalid: ${name}`,
        ),
      );
  }
  if (raw.some((r) => isObj(r) && r.RepositoryType !== undefined && r.RepositoryType !== 'ECR'))
    out.push(err('MISSING_REPOSITORY_INFORMATION', 'RepositoryType must be ECR.'));
  if (dupes(names).length)
    out.push(
      err(
        'DUPLICATE_REPOSITORY_NAMES',
        `Duplicate repository names: [${dupes(names).join(', ')}]. Provide unique names.`,
      ),
    );
  const existing = names.filter((n) => product.Repositories.some((r) => r.Url === repositoryUrl(n)));
  if (existing.length)
    out.push(
      err(
        'DUPLICATE_ECR_REPOSITORY_NAME',
        `The repository [${existing.join(', ')}] already exists. Choose a different name.`,
      ),
    );
  const total = product.Repositories.length + names.length;
  // The seed names no code for the limit; the closest documented one is the repository-information error.
  if (total > MAX_REPOSITORIES)
    out.push(
      err(
        'MISSING_REPOSITORY_INFORMATION',
        `You can only have ${MAX_REPOSITORIES} repositories per product. The product has ${product.Repositories.length}; adding ${names.length} would make ${total}. Push more resources to an existing repository with different tags.`,
      ),
    );
  if (out.length) return out;
  for (const n of names) product.Repositories.push({ Url: repositoryUrl(n), Type: 'ECR' });
  return [];
};
