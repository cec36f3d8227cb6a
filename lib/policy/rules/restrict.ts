import type { ChangeRule } from '../rule';
import type { ChangeTarget } from '../context';
import { show, subject } from '../util';
import { idsKnown, idsUnique } from './id-checks';

const base = {
  section: 'Restrict',
  scope: 'change',
  changeTypes: ['RestrictDeliveryOptions'],
  methods: 'all',
  severity: 'error',
  field: 'DeliveryOptionIds[]',
} as const;

function ids(c: ChangeTarget): { id: unknown; path: string }[] {
  const list = c.details?.DeliveryOptionIds;
  return Array.isArray(list)
    ? list.map((id, k) => ({ id, path: `${c.detailsPath}.DeliveryOptionIds[${k}]` }))
    : [];
}

/** RestrictDeliveryOptions (seed 001 "Restrict a version"). */
export const RESTRICT_RULES: ChangeRule[] = [
  {
    ...base,
    id: 'restrict-ids-present',
    title: 'At least one delivery option is named',
    source: { document: '001 RestrictDeliveryOptions', code: 'EMPTY_DELIVERY_OPTION_IDS' },
    fix: 'List the Ids of the delivery options to restrict.',
    check(c, _ix, report) {
      const list = c.details?.DeliveryOptionIds;
      if (!Array.isArray(list) || list.length === 0)
        report(`${c.detailsPath}.DeliveryOptionIds`, 'No delivery option is chosen.');
      for (const { id, path } of ids(c))
        if (typeof id !== 'string' || id === '') report(path, 'This entry does not name a delivery option.');
    },
  },
  {
    ...base,
    id: 'restrict-ids-unique',
    title: 'No delivery option is named twice',
    source: { document: '001 RestrictDeliveryOptions', code: 'DUPLICATE_DELIVERY_OPTION_IDS' },
    fix: 'Remove the repeated Id.',
    check: idsUnique(ids),
  },
  {
    ...base,
    id: 'restrict-ids-known',
    title: 'Every named delivery option exists',
    source: { document: '001 RestrictDeliveryOptions', code: 'MISSING_DELIVERY_OPTION_IDS' },
    fix: 'Choose delivery options the product has now; drop any that were removed since the draft was started.',
    check: idsKnown(ids),
  },
  {
    ...base,
    id: 'restrict-option-public',
    title: 'Only public delivery options are restricted',
    source: { document: '001 RestrictDeliveryOptions', code: 'INVALID_DELIVERY_OPTIONS_STATUS' },
    fix: 'Remove options that are not Public from the list.',
    check(c, ix, report) {
      if (!ix.product) return false;
      for (const { id, path } of ids(c)) {
        const option = typeof id === 'string' ? ix.product.options.get(id)?.option : undefined;
        // An add-on option is refused for its type whatever its state (restrict-not-eks-addon), as AWS does.
        const vis = option?.Type === 'EksAddOn' ? undefined : option?.Visibility;
        if (vis && vis !== 'Public') report(path, `${subject(id)} is ${show(vis)}, not Public.`);
      }
    },
  },
  {
    ...base,
    id: 'restrict-keeps-public',
    title: 'At least one public delivery option remains',
    source: { document: '001 RestrictDeliveryOptions', code: 'INVALID_MINIMUM_PUBLIC_DELIVERY_OPTIONS' },
    fix: 'Keep at least one public version; publish a new version before restricting the last one.',
    check(c, ix, report) {
      if (!ix.product || ix.product.publicOptionIds.size === 0) return false;
      const named = new Set(ids(c).map((x) => x.id));
      const remaining = [...ix.product.publicOptionIds].filter((id) => !named.has(id));
      if (remaining.length === 0)
        report(
          `${c.detailsPath}.DeliveryOptionIds`,
          'This would restrict every public delivery option of the product.',
        );
    },
  },
  {
    ...base,
    id: 'restrict-not-eks-addon',
    title: 'EKS add-on options are not restricted through the API',
    source: { document: '001 RestrictDeliveryOptions (note)', code: 'INVALID_DELIVERY_OPTION_TYPE' },
    fix: 'Restrict EKS add-on delivery options through the AWS Marketplace Management Portal.',
    check(c, ix, report) {
      if (!ix.product) return false;
      for (const { id, path } of ids(c)) {
        if (typeof id === 'string' && ix.product.options.get(id)?.option.Type === 'EksAddOn')
          report(
            path,
            `${subject(id)} is an Amazon EKS add-on option, which cannot be restricted from here.`,
          );
      }
    },
  },
  {
    ...base,
    id: 'restrict-product-public',
    title: 'Only a public product’s options are restricted',
    source: { document: '001 RestrictDeliveryOptions', code: 'INCOMPATIBLE_PRODUCT_STATUS' },
    field: 'Entity.Identifier',
    fix: 'Only the delivery options of a public product can be restricted.',
    check(c, ix, report) {
      const vis = ix.product?.visibility;
      if (!vis) return false;
      if (vis !== 'Public')
        report(`${c.path}.Entity`, `The product is ${show(vis)}; restricting needs a Public product.`);
    },
  },
];
