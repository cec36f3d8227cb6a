import type { ChangeRule, OptionRule } from '../rule';
import { labelOf, METHOD_NAMES } from '../labels';
import type { ChangeTarget } from '../context';
import { versionIdOfUpdate } from './titles';
import { updatedFields, updatedVersionFields } from '../update-compare';
import { show, subject } from '../util';
import { idsKnown, idsUnique } from './id-checks';

const base = {
  section: 'Update version',
  changeTypes: ['UpdateDeliveryOptions'],
  methods: 'all',
  severity: 'error',
} as const;
const TYPE_OF: Record<string, string> = {
  ecr: 'ElasticContainerRegistry',
  helm: 'Helm',
  'eks-addon': 'EksAddOn',
};
const FROZEN = new Set(['DeliveryOptionTitle', 'ContainerImages', 'DeploymentResources']);

function ids(c: ChangeTarget): { id: unknown; path: string }[] {
  return c.options.map((o) => ({ id: o.raw.Id, path: `${o.path}.Id` }));
}

/** UpdateDeliveryOptions: which options, in which state, and whether anything changes. */
export const UPDATE_RULES: (ChangeRule | OptionRule)[] = [
  {
    ...base,
    id: 'update-ids-present',
    title: 'The update names at least one delivery option',
    source: { document: '001 UpdateDeliveryOptions', code: 'EMPTY_DELIVERY_OPTION_IDS' },
    scope: 'change',
    field: 'DeliveryOptions[].Id',
    fix: 'Choose the delivery options to update from the product’s current delivery options.',
    check(c, _ix, report) {
      const list = c.details?.DeliveryOptions;
      if (!Array.isArray(list) || list.length === 0)
        report(`${c.detailsPath}.DeliveryOptions`, 'No delivery option is named.');
      for (const { id, path } of ids(c))
        if (typeof id !== 'string' || id === '') report(path, 'The delivery option has no Id.');
    },
  },
  {
    ...base,
    id: 'update-ids-unique',
    title: 'No delivery option is named twice',
    source: { document: '001 UpdateDeliveryOptions', code: 'DUPLICATE_DELIVERY_OPTION_IDS' },
    scope: 'change',
    field: 'DeliveryOptions[].Id',
    fix: 'Merge the repeated entries into one.',
    check: idsUnique(ids),
  },
  {
    ...base,
    id: 'update-ids-known',
    title: 'Every named delivery option exists',
    source: { document: '001 UpdateDeliveryOptions', code: 'MISSING_DELIVERY_OPTION_IDS' },
    scope: 'change',
    field: 'DeliveryOptions[].Id',
    fix: 'Choose delivery options the product has now; drop any that were removed since the draft was started.',
    check: idsKnown(ids),
  },
  {
    ...base,
    id: 'update-same-version',
    title: 'All named delivery options belong to one version',
    source: { document: '001 UpdateDeliveryOptions', code: 'MULTIPLE_VERSION_UPDATE' },
    scope: 'change',
    field: 'DeliveryOptions[].Id',
    fix: 'Update one version per change; split the others into their own change sets.',
    check(c, ix, report) {
      if (!ix.product) return false;
      let first: string | undefined;
      for (const { id, path } of ids(c)) {
        const hit = typeof id === 'string' ? ix.product.options.get(id) : undefined;
        if (!hit) continue;
        const v = hit.version.Id ?? '';
        if (first === undefined) first = v;
        else if (v !== first)
          report(path, `${subject(id)} belongs to a different version than the first option.`);
      }
    },
  },
  {
    ...base,
    id: 'update-option-status',
    title: 'Named delivery options are Limited or Public',
    source: { document: '001 UpdateDeliveryOptions', code: 'INVALID_DELIVERY_OPTIONS_STATUS' },
    scope: 'change',
    field: 'DeliveryOptions[].Id',
    fix: 'Only Limited or Public delivery options can be updated; restricted ones cannot.',
    check(c, ix, report) {
      if (!ix.product) return false;
      for (const { id, path } of ids(c)) {
        const vis = typeof id === 'string' ? ix.product.options.get(id)?.option.Visibility : undefined;
        if (vis && vis !== 'Limited' && vis !== 'Public')
          report(path, `${subject(id)} is ${show(vis)}; it must be Limited or Public.`);
      }
    },
  },
  {
    ...base,
    id: 'update-method-matches',
    title: 'Each option keeps its delivery method',
    source: { document: '001 UpdateDeliveryOptions', code: 'INVALID_DELIVERY_OPTIONS_INPUT' },
    scope: 'option',
    field: 'DeliveryOptions[].Details',
    fix: 'Keep each delivery option’s method: a Helm chart option stays a Helm chart option.',
    check(o, ix, report) {
      const cur = typeof o.raw.Id === 'string' ? ix.product?.options.get(o.raw.Id) : undefined;
      if (!cur || !o.method || !cur.option.Type) return false;
      if (TYPE_OF[o.method] !== cur.option.Type)
        report(
          `${o.path}.Details`,
          `This is a ${METHOD_NAMES[cur.option.Type] ?? cur.option.Type} option; its method cannot change to ${METHOD_NAMES[TYPE_OF[o.method]!]}.`,
        );
    },
  },
  {
    ...base,
    id: 'update-has-change',
    title: 'The update changes something',
    source: { document: '001 UpdateDeliveryOptions', code: 'NO_CHANGE_FOUND' },
    scope: 'change',
    field: 'DetailsDocument',
    fix: 'Change at least one field, or drop the change.',
    check(c, ix, report) {
      const fields = [
        ...updatedVersionFields(c, ix, versionIdOfUpdate(c, ix)),
        ...c.options.flatMap((o) => updatedFields(o, ix)),
      ];
      if (fields.every((f) => f.compared === 'same'))
        report(
          c.detailsPath,
          fields.length ? 'Every field given equals its current value.' : 'The update sets no field.',
        );
    },
  },
  {
    ...base,
    id: 'update-frozen-fields',
    title: 'Frozen fields of a public product are not changed',
    source: { document: '001 UpdateDeliveryOptions', code: 'FIELD_NOT_ALLOWED_TO_CHANGE' },
    scope: 'change',
    field: 'Version.VersionTitle, DeliveryOptionTitle, ContainerImages, DeploymentResources',
    fix: 'On a public product, add a new version to change the version title, container images, delivery option title or deployment resources.',
    check(c, ix, report) {
      if (ix.product?.visibility !== 'Public') return false;
      const fields = [
        ...updatedVersionFields(c, ix, versionIdOfUpdate(c, ix)).filter((f) => f.name === 'VersionTitle'),
        ...c.options.flatMap((o) => updatedFields(o, ix)).filter((f) => FROZEN.has(f.name)),
      ];
      for (const f of fields)
        if (f.compared !== 'same')
          report(f.path, `${labelOf(f.name)} cannot be changed on a public product.`);
    },
  },
];
