import type { ChangeRule } from '../rule';
import { METHOD_NAMES } from '../labels';
import type { ChangeTarget } from '../context';
import { isRecord, subject } from '../util';
import { idsKnown, idsUnique } from './id-checks';

const base = {
  section: 'Add-on visibility',
  scope: 'change',
  changeTypes: ['UpdateDeliveryOptionsVisibility'],
  methods: 'all',
  severity: 'error',
  field: 'DeliveryOptions[].Id',
} as const;

function entries(c: ChangeTarget): { id: unknown; target: unknown; path: string }[] {
  const list = c.details?.DeliveryOptions;
  if (!Array.isArray(list)) return [];
  return list.map((e, k) => ({
    id: isRecord(e) ? e.Id : undefined,
    target: isRecord(e) ? e.TargetVisibility : undefined,
    path: `${c.detailsPath}.DeliveryOptions[${k}]`,
  }));
}

const idRefs = (c: ChangeTarget) => entries(c).map((e) => ({ id: e.id, path: `${e.path}.Id` }));

/** UpdateDeliveryOptionsVisibility (seed 001 "Update the visibility for an Amazon EKS add-on"). */
export const VISIBILITY_RULES: ChangeRule[] = [
  {
    ...base,
    id: 'visibility-ids-present',
    title: 'At least one delivery option is named',
    source: { document: '001 UpdateDeliveryOptionsVisibility', code: 'EMPTY_DELIVERY_OPTION_IDS' },
    fix: 'Name the EKS add-on delivery option by its Id.',
    check(c, _ix, report) {
      const list = c.details?.DeliveryOptions;
      if (!Array.isArray(list) || list.length === 0)
        report(`${c.detailsPath}.DeliveryOptions`, 'No delivery option is named.');
      for (const e of entries(c))
        if (typeof e.id !== 'string' || e.id === '')
          report(`${e.path}.Id`, 'This entry does not name a delivery option.');
    },
  },
  {
    ...base,
    id: 'visibility-target-public',
    title: 'Target visibility is Public',
    source: { document: '001 UpdateDeliveryOptionsVisibility', code: 'INVALID_VISIBILITY_STATE' },
    field: 'DeliveryOptions[].TargetVisibility',
    fix: 'Set TargetVisibility to "Public", the only allowed value.',
    check(c, _ix, report) {
      for (const e of entries(c))
        if (e.target !== 'Public')
          report(`${e.path}.TargetVisibility`, `${subject(e.target)} is not allowed; only Public is.`);
    },
  },
  {
    ...base,
    id: 'visibility-ids-unique',
    title: 'No delivery option is named twice',
    source: { document: '001 UpdateDeliveryOptionsVisibility', code: 'DUPLICATE_DELIVERY_OPTION_IDS' },
    fix: 'Remove the repeated entry.',
    check: idsUnique(idRefs),
  },
  {
    ...base,
    id: 'visibility-ids-known',
    title: 'Every named delivery option exists',
    source: { document: '001 UpdateDeliveryOptionsVisibility', code: 'INVALID_DELIVERY_OPTION_IDS' },
    fix: 'Choose delivery options the product has now; drop any that were removed since the draft was started.',
    check: idsKnown(idRefs),
  },
  {
    ...base,
    id: 'visibility-eks-addon-only',
    title: 'Only EKS add-on options change visibility',
    source: { document: '001 UpdateDeliveryOptionsVisibility', code: 'INVALID_DELIVERY_OPTION_TYPE' },
    fix: 'Container image and Helm options are Public from the start; name only EKS add-on options.',
    check(c, ix, report) {
      if (!ix.product) return false;
      for (const e of entries(c)) {
        const type = typeof e.id === 'string' ? ix.product.options.get(e.id)?.option.Type : undefined;
        if (type && type !== 'EksAddOn')
          report(
            `${e.path}.Id`,
            `${subject(e.id)} is a ${METHOD_NAMES[type] ?? type} option, not an Amazon EKS add-on.`,
          );
      }
    },
  },
];
