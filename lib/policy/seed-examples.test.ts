import { describe, expect, it } from 'vitest';
import { checkRequest } from './index';
import {
  addDeliveryOptionsSchema,
  addRepositoriesSchema,
  parseChangeDetails,
  restrictDeliveryOptionsSchema,
  startChangeSetSchema,
  updateDeliveryOptionsSchema,
  updateDeliveryOptionsVisibilitySchema,
} from './schemas';
import entity from './fixtures/describe-entity.json';
import ecrAdd from './fixtures/seed-add-delivery-options-ecr.json';
import helmAdd from './fixtures/seed-add-delivery-options-helm.json';
import addonAdd from './fixtures/seed-add-delivery-options-eks-addon.json';
import repos from './fixtures/seed-add-repositories.json';
import ecrUpdate from './fixtures/seed-update-delivery-options-ecr.json';
import helmUpdate from './fixtures/seed-update-delivery-options-helm.json';
import addonUpdate from './fixtures/seed-update-delivery-options-eks-addon.json';
import restrict from './fixtures/seed-restrict-delivery-options.json';
import visibility from './fixtures/seed-update-delivery-options-visibility.json';

/*
 * Seed 001's request examples, with the product id replaced. Each list is the error findings the
 * examples' own placeholders deserve, and why:
 * - chart URIs tagged "helmchart1.1" or "1.0" are not SemVer 2 (INVALID_HELM_CHART_URI);
 * - "Optional release name" / "Optional Kubernetes namespace" are prose, not Kubernetes names;
 * - the Helm update lists EKS-Anywhere but replaces the override list without the license secret;
 * - with the snapshot (describe-entity.json: a Public product whose repositories are
 *   sellername/{reponame1,reponame2,imagename,helmname}): the add-on examples' images live in other
 *   repositories; the updates rename the version/option or replace images, frozen on a Public product
 *   (seed 001's own note); the add-on update reuses example4-…, the container-image option's id.
 */
const EXAMPLES: [string, unknown, string[], string[]][] = [
  ['AddDeliveryOptions (container image)', ecrAdd, [], []],
  [
    'AddDeliveryOptions (Helm)',
    helmAdd,
    ['helm-chart-uri', 'helm-release-name', 'helm-namespace'],
    ['helm-chart-uri', 'helm-release-name', 'helm-namespace'],
  ],
  [
    'AddDeliveryOptions (EKS add-on)',
    addonAdd,
    ['helm-chart-uri'],
    ['image-product-repository', 'helm-chart-uri'],
  ],
  ['AddRepositories', repos, [], []],
  [
    'UpdateDeliveryOptions (container image)',
    ecrUpdate,
    [],
    ['update-frozen-fields', 'update-frozen-fields'],
  ],
  [
    'UpdateDeliveryOptions (Helm)',
    helmUpdate,
    ['helm-chart-uri', 'helm-license-secret'],
    [
      'helm-chart-uri',
      'helm-license-secret',
      'update-frozen-fields',
      'update-frozen-fields',
      'update-frozen-fields',
    ],
  ],
  [
    'UpdateDeliveryOptions (EKS add-on)',
    addonUpdate,
    ['helm-chart-uri'],
    [
      'image-product-repository',
      'helm-chart-uri',
      'update-method-matches',
      'update-frozen-fields',
      'update-frozen-fields',
    ],
  ],
  ['RestrictDeliveryOptions', restrict, [], []],
  ['UpdateDeliveryOptionsVisibility', visibility, [], []],
];

function errorRules(json: unknown, withEntity: boolean): string[] {
  const r = checkRequest(json, withEntity ? { entity } : {});
  if (!r.ok) throw new Error(r.error);
  return r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
}

describe('seed 001 request examples', () => {
  for (const [name, json, alone, withSnapshot] of EXAMPLES) {
    it(`${name}: only the placeholder-deserved errors, without a snapshot`, () => {
      expect(errorRules(json, false)).toEqual(alone);
    });
    it(`${name}: only the placeholder-deserved errors, against the snapshot`, () => {
      expect(errorRules(json, true)).toEqual(withSnapshot);
    });
  }
});

describe('schemas accept the seed examples', () => {
  const DETAILS: Record<string, { safeParse(v: unknown): { success: boolean } }> = {
    AddDeliveryOptions: addDeliveryOptionsSchema,
    AddRepositories: addRepositoriesSchema,
    UpdateDeliveryOptions: updateDeliveryOptionsSchema,
    RestrictDeliveryOptions: restrictDeliveryOptionsSchema,
    UpdateDeliveryOptionsVisibility: updateDeliveryOptionsVisibilitySchema,
  };
  for (const [name, json] of EXAMPLES) {
    it(name, () => {
      expect(startChangeSetSchema.safeParse(json).success).toBe(true);
      const change = (json as { ChangeSet: { ChangeType: string; DetailsDocument: unknown }[] })
        .ChangeSet[0]!;
      const result = DETAILS[change.ChangeType]!.safeParse(change.DetailsDocument);
      expect(result.success, JSON.stringify(result)).toBe(true);
      expect(parseChangeDetails(change.ChangeType, change.DetailsDocument).success).toBe(true);
    });
  }
});
