import { ADD_UPDATE, requestRule, type ChangeRule, type OptionRule, type RequestRule } from '../rule';
import { LIMITS } from '../patterns';
import { show, subject } from '../util';
import { WIZARD_CHANGE_TYPES } from '../types';

const ALL_TYPES = WIZARD_CHANGE_TYPES;
const base = { section: 'Change set', methods: 'all', severity: 'error' } as const;

/** Structure of the request itself (reference §4.1, §10.2) and the product state it needs. */
export const CHANGE_SET_RULES: (RequestRule | ChangeRule | OptionRule)[] = [
  requestRule({
    ...base,
    id: 'changeset-size',
    title: 'The change set has 1 to 20 changes',
    source: { document: 'reference §4.1, §10.2' },
    scope: 'request',
    changeTypes: ALL_TYPES,
    field: 'ChangeSet[]',
    fix: 'Split the work into change sets of at most 20 changes.',
    check(ix, _ix, report) {
      const n = ix.changes.length;
      if (n === 0 || n > LIMITS.changes)
        report('ChangeSet', `The change set has ${n} changes; 1 to ${LIMITS.changes} are allowed.`);
    },
  }),
  requestRule({
    ...base,
    id: 'change-type-once-per-entity',
    title: 'A change type is used once per entity',
    source: { document: 'reference §4.1' },
    scope: 'request',
    changeTypes: ALL_TYPES,
    field: 'ChangeSet[].ChangeType',
    fix: 'Merge the two changes into one, or submit them in separate change sets.',
    check(ix, _ix, report) {
      if (ix.changes.length < 2) return false;
      const seen = new Set<string>();
      for (const c of ix.changes) {
        if (!c.entityId) continue;
        const k = `${c.type} ${c.entityId.split('@')[0]}`;
        if (seen.has(k))
          report(
            `${c.path}.ChangeType`,
            `${subject(c.type)} already targets ${show(c.entityId)} in this change set.`,
          );
        seen.add(k);
      }
    },
  }),
  {
    ...base,
    id: 'change-entity',
    title: 'Each change targets a ContainerProduct@1.0 entity',
    source: { document: '001 (Entity)' },
    scope: 'change',
    changeTypes: ALL_TYPES,
    field: 'ChangeSet[].Entity',
    fix: 'Set Entity.Type to "ContainerProduct@1.0" and Entity.Identifier to the product id.',
    check(c, _ix, report) {
      if (c.entityType !== 'ContainerProduct@1.0')
        report(`${c.path}.Entity.Type`, `${subject(c.entityType ?? '(none)')} is not ContainerProduct@1.0.`);
      if (!c.entityId) report(`${c.path}.Entity.Identifier`, 'The change names no product.');
    },
  },
  {
    ...base,
    id: 'change-details-readable',
    title: 'Each change carries a readable DetailsDocument',
    source: { document: 'reference §4.1', code: 'INVALID_DETAILS' },
    scope: 'change',
    changeTypes: ALL_TYPES,
    field: 'ChangeSet[].DetailsDocument',
    fix: 'Give either DetailsDocument (a JSON object) or Details (a JSON string of an object), not both.',
    check(c, _ix, report) {
      if (c.raw.DetailsDocument !== undefined && c.raw.Details !== undefined)
        report(c.path, 'The change has both Details and DetailsDocument.');
      else if (c.detailsError) report(c.detailsPath, c.detailsError);
    },
  },
  {
    ...base,
    id: 'option-single-method',
    title: 'Each delivery option has exactly one delivery method',
    section: 'Delivery option',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_DELIVERY_OPTIONS_INPUT' },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    field: 'DeliveryOptions[].Details',
    fix: 'Put exactly one of EcrDeliveryOptionDetails, HelmDeliveryOptionDetails or EksAddOnDeliveryOptionDetails in Details.',
    check(o, _ix, report) {
      if (o.methodCount === 1) return;
      if (o.methodCount === 0 && o.change.type === 'UpdateDeliveryOptions' && o.raw.Details === undefined)
        return;
      report(
        `${o.path}.Details`,
        o.methodCount === 0
          ? 'Details names no delivery method.'
          : 'Details names more than one delivery method.',
      );
    },
  },
  {
    ...base,
    id: 'product-status-versions',
    title: 'Versions are added to a Limited or Public product',
    source: { document: '001 AddDeliveryOptions', code: 'INCOMPATIBLE_PRODUCT_STATUS' },
    scope: 'change',
    changeTypes: ADD_UPDATE,
    field: 'Entity.Identifier',
    fix: 'Release the product so it is Limited before adding or updating versions.',
    check(c, ix, report) {
      const vis = ix.product?.visibility;
      if (!vis) return false;
      if (vis !== 'Limited' && vis !== 'Public')
        report(`${c.path}.Entity`, `The product is ${show(vis)}; it must be Limited or Public.`);
    },
  },
];
