import type { ChangeRule } from '../rule';
import type { ChangeTarget } from '../context';
import { ECR_REPO_NAME, LIMITS } from '../patterns';
import { isRecord, show, subject } from '../util';

const base = {
  section: 'Repositories',
  scope: 'change',
  changeTypes: ['AddRepositories'],
  methods: 'all',
  severity: 'error',
  field: 'Repositories[].RepositoryName',
} as const;

function repos(c: ChangeTarget): { r: Record<string, unknown>; name?: string; path: string }[] {
  const list = c.details?.Repositories;
  if (!Array.isArray(list)) return [];
  return list.map((r, k) => {
    const rec = isRecord(r) ? r : {};
    return {
      r: rec,
      name: typeof rec.RepositoryName === 'string' ? rec.RepositoryName : undefined,
      path: `${c.detailsPath}.Repositories[${k}]`,
    };
  });
}

/** AddRepositories (seed 001 "Create repositories and resources"). */
export const REPOSITORY_RULES: ChangeRule[] = [
  {
    ...base,
    id: 'repos-present',
    title: 'At least one repository is given',
    source: { document: '001 AddRepositories', code: 'MISSING_REPOSITORY_INFORMATION' },
    field: 'Repositories[]',
    fix: 'Add at least one repository with a name.',
    check(c, _ix, report) {
      const list = c.details?.Repositories;
      if (!Array.isArray(list) || list.length === 0)
        report(`${c.detailsPath}.Repositories`, 'No repository is given.');
    },
  },
  {
    ...base,
    id: 'repo-name-valid',
    title: 'Repository names are valid ECR names within 256 characters',
    source: { document: '001 AddRepositories', code: 'INVALID_ECR_REPOSITORY_NAME' },
    fix: "Use lowercase letters, digits and single '-', '_' or '.' between them, like 'nginx-web-app'.",
    check(c, ix, report) {
      const ns = ix.product?.sellerNamespace;
      for (const { name, path } of repos(c)) {
        if (name === undefined || !ECR_REPO_NAME.test(name))
          report(`${path}.RepositoryName`, `${subject(name ?? '(none)')} is not a valid repository name.`);
        else if (name.length + (ns ? ns.length + 1 : 0) > LIMITS.repositoryName)
          report(
            `${path}.RepositoryName`,
            `With the seller namespace the name exceeds ${LIMITS.repositoryName} characters.`,
          );
      }
    },
  },
  {
    ...base,
    id: 'repo-names-unique',
    title: 'No repository name is given twice',
    source: { document: '001 AddDeliveryOptions', code: 'DUPLICATE_REPOSITORY_NAMES' },
    fix: 'Remove the repeated name.',
    check(c, _ix, report) {
      const seen = new Set<string>();
      for (const { name, path } of repos(c)) {
        if (name === undefined) continue;
        if (seen.has(name.toLowerCase()))
          report(`${path}.RepositoryName`, `${subject(name)} is given twice.`);
        seen.add(name.toLowerCase());
      }
    },
  },
  {
    ...base,
    id: 'repo-name-new',
    title: 'Repository names do not already exist in the product',
    source: { document: '001 AddRepositories', code: 'DUPLICATE_ECR_REPOSITORY_NAME' },
    fix: 'Choose a name the product does not use yet, or push to the existing repository.',
    check(c, ix, report) {
      if (!ix.product) return false;
      for (const { name, path } of repos(c)) {
        if (name !== undefined && ix.product.repoNames.has(name.toLowerCase()))
          report(`${path}.RepositoryName`, `The repository ${show(name)} already exists.`);
      }
    },
  },
  {
    ...base,
    id: 'repo-type-ecr',
    title: 'Repository type is ECR',
    source: { document: '001 AddRepositories' },
    field: 'Repositories[].RepositoryType',
    fix: 'Set RepositoryType to "ECR", the only allowed value.',
    check(c, _ix, report) {
      for (const { r, path } of repos(c))
        if (r.RepositoryType !== 'ECR')
          report(`${path}.RepositoryType`, `${subject(r.RepositoryType)} is not allowed; use ECR.`);
    },
  },
  {
    ...base,
    id: 'repos-per-product-limit',
    title: 'The product stays within 50 repositories',
    source: { document: '001 AddRepositories (note)' },
    field: 'Repositories[]',
    fix: 'Reuse existing repositories with different tags instead of creating new ones.',
    check(c, ix, report) {
      const adding = repos(c).length;
      const existing = ix.product?.repoKeys.size ?? 0;
      if (existing + adding > LIMITS.repositoriesPerProduct) {
        report(
          `${c.detailsPath}.Repositories`,
          `${existing} existing + ${adding} new repositories exceed the limit of ${LIMITS.repositoriesPerProduct} per product.`,
        );
      }
    },
  },
];
