import fc from 'fast-check';
import { addVersion, helm } from '@/lib/emulator/fixtures';
import { SEED_DRAFT_PRODUCT_ID, SEED_OPTION_EKS_ADDON_ID, SEED_PRODUCT_ID } from '@/lib/emulator/seed-ids';
import type { PolicyContext } from '@/lib/policy';
import { requestArb } from '@/lib/policy/testing/arbitraries';
import { CASES_A } from '@/lib/policy/testing/rule-cases-a';
import { CASES_B } from '@/lib/policy/testing/rule-cases-b';
import ecrAdd from '@/lib/policy/fixtures/seed-add-delivery-options-ecr.json';
import helmAdd from '@/lib/policy/fixtures/seed-add-delivery-options-helm.json';
import addonAdd from '@/lib/policy/fixtures/seed-add-delivery-options-eks-addon.json';
import repos from '@/lib/policy/fixtures/seed-add-repositories.json';
import ecrUpdate from '@/lib/policy/fixtures/seed-update-delivery-options-ecr.json';
import helmUpdate from '@/lib/policy/fixtures/seed-update-delivery-options-helm.json';
import addonUpdate from '@/lib/policy/fixtures/seed-update-delivery-options-eks-addon.json';
import restrict from '@/lib/policy/fixtures/seed-restrict-delivery-options.json';
import visibility from '@/lib/policy/fixtures/seed-update-delivery-options-visibility.json';
import { toSeededWorld } from './seeded-world';

/** One request both sides judge, and the product whose snapshot the checklist is given. */
export interface Probe {
  name: string;
  request: { Catalog?: unknown; ChangeSet: unknown };
  productId: string;
}

const TYPE = 'ContainerProduct@1.0';

/* What the Update wizard sends when only the release notes changed (lib/draft/builders/update.ts). */
const releaseNotesOnly = {
  ...ecrUpdate,
  ChangeSet: ecrUpdate.ChangeSet.map((c) => ({
    ...c,
    DetailsDocument: {
      Version: { ReleaseNotes: 'Fixes a crash on start.' },
      DeliveryOptions: c.DetailsDocument.DeliveryOptions.map((o) => ({
        Id: o.Id,
        Details: { EcrDeliveryOptionDetails: {} },
      })),
    },
  })),
};

const SEEDS: [string, unknown, string?][] = [
  ['AddRepositories', repos],
  ['AddDeliveryOptions (container image)', ecrAdd],
  ['AddDeliveryOptions (Helm)', helmAdd],
  ['AddDeliveryOptions (EKS add-on)', addonAdd],
  ['UpdateDeliveryOptions (container image)', ecrUpdate],
  ['UpdateDeliveryOptions (release notes only)', releaseNotesOnly],
  ['UpdateDeliveryOptions (Helm)', helmUpdate],
  ['UpdateDeliveryOptions (EKS add-on)', addonUpdate, SEED_OPTION_EKS_ADDON_ID],
  ['RestrictDeliveryOptions', restrict],
  ['UpdateDeliveryOptionsVisibility', visibility],
];

/** Every seed 001 example, on the seeded ClairAI product. */
export const seedProbes = (): Probe[] =>
  SEEDS.map(([name, body, optionId]) => ({
    name: `seed 001: ${name}`,
    request: toSeededWorld(body as Probe['request'], optionId),
    productId: SEED_PRODUCT_ID,
  }));

/**
 * A rule case's request, every change pointed at one seeded product (the cases mean "the product",
 * whatever placeholder id they use); a case written against a Draft product goes to the Draft one.
 */
function ruleProbe(name: string, c: PolicyContext): Probe {
  const draft = c.product?.Description?.Visibility === 'Draft';
  const productId = draft ? SEED_DRAFT_PRODUCT_ID : SEED_PRODUCT_ID;
  const request = toSeededWorld(c.request) as Probe['request'];
  const ChangeSet = Array.isArray(request.ChangeSet)
    ? request.ChangeSet.map((ch: Record<string, unknown>) => ({
        ...ch,
        Entity: { ...(ch.Entity as object), Identifier: productId },
      }))
    : request.ChangeSet;
  return { name, request: { ...request, ChangeSet }, productId };
}

/** Every rule's passing and failing case. */
export const ruleProbes = (): Probe[] =>
  Object.entries({ ...CASES_A, ...CASES_B }).flatMap(([id, c]) => [
    ruleProbe(`rule ${id} (pass)`, c.pass),
    ruleProbe(`rule ${id} (fail)`, c.fail),
  ]);

/**
 * fast-check requests, reproducible (fixed seed). Every change is pointed at the seeded product: with
 * the arbitraries' random entities almost every request would only reach ResourceNotFoundException.
 */
export function propertyProbes(runs: number, seed = 20261202): Probe[] {
  return fc.sample(requestArb, { numRuns: runs, seed }).map((r, i) => {
    const changes = Array.isArray(r.ChangeSet) ? r.ChangeSet : [r.ChangeSet];
    const ChangeSet = changes.map((c) =>
      typeof c === 'object' && c !== null ? { ...c, Entity: { Type: TYPE, Identifier: SEED_PRODUCT_ID } } : c,
    );
    return {
      name: `property #${i}`,
      request: toSeededWorld({ Catalog: 'AWSMarketplace', ChangeSet }),
      productId: SEED_PRODUCT_ID,
    };
  });
}

const SERVICE_ACCOUNT = { Key: 'serviceAccount.name', DefaultValue: '${AWSMP_SERVICE_ACCOUNT}' };
const withOverrides = (name: string, params: { Key: string; DefaultValue: string }[]): Probe => ({
  name: `issue #11 drift: ${name}`,
  request: {
    Catalog: 'AWSMarketplace',
    ChangeSet: [addVersion([helm({ OverrideParameters: params })])],
  },
  productId: SEED_PRODUCT_ID,
});

/**
 * The drift issue #11 names, on a Helm option that is otherwise valid for the (paid) seeded product,
 * so nothing else fails and hides it.
 */
export const driftProbes = (): Probe[] => [
  withOverrides('key service_account.name', [
    SERVICE_ACCOUNT,
    { Key: 'service_account.name', DefaultValue: 'x' },
  ]),
  withOverrides('key a-b', [SERVICE_ACCOUNT, { Key: 'a-b', DefaultValue: 'x' }]),
  withOverrides('16 override parameters', [
    SERVICE_ACCOUNT,
    ...Array.from({ length: 15 }, (_, i) => ({ Key: `key${i}`, DefaultValue: 'x' })),
  ]),
  {
    name: 'issue #11 drift: release notes of 30,000 characters',
    request: {
      Catalog: 'AWSMarketplace',
      ChangeSet: [addVersion([helm()], { ReleaseNotes: 'x'.repeat(30_000) })],
    },
    productId: SEED_PRODUCT_ID,
  },
  withOverrides('paid product, no service-account override', []),
];
