import type { OptionField } from './kinds';
import { CHANGE_FIELDS, OPTION_FIELDS, VERSION_FIELDS } from './registry';

/** A field registry id: `option.<form name>`, `version.<form name>` or `change.<name>`. */
export type FieldId =
  | `option.${keyof typeof OPTION_FIELDS}`
  | `version.${keyof typeof VERSION_FIELDS}`
  | `change.${keyof typeof CHANGE_FIELDS}`;

/**
 * Where a field sits in a change's DetailsDocument. `option` fields live in one delivery option's
 * Details.<Kind>DeliveryOptionDetails (`isTopLevelOnAdd`: beside Details when AddDeliveryOptions
 * carries it there), `option-top` fields beside Details, `version` and `doc` fields relative to the
 * DetailsDocument itself.
 */
export type FieldTarget =
  | { scope: 'version' | 'doc' | 'option-top'; field: string; label: string }
  | { scope: 'option'; field: string; label: string; isTopLevelOnAdd: boolean };

type OptionFields = Record<string, Pick<OptionField, 'request' | 'label' | 'isTopLevelOnAdd'>>;

/** The registry entry behind a field id, as a DetailsDocument target; undefined for unknown ids. */
export function fieldTarget(id: string, fields: OptionFields = OPTION_FIELDS): FieldTarget | undefined {
  const [scope = '', name = ''] = id.split('.');
  if (scope === 'option') {
    const f = fields[name];
    return f && { scope, field: f.request, label: f.label, isTopLevelOnAdd: Boolean(f.isTopLevelOnAdd) };
  }
  if (scope === 'version') {
    const f = VERSION_FIELDS[name as keyof typeof VERSION_FIELDS];
    return f && { scope, field: f.request.replace(/^Version\./, ''), label: f.label };
  }
  const f = scope === 'change' ? CHANGE_FIELDS[name as keyof typeof CHANGE_FIELDS] : undefined;
  if (!f) return undefined;
  return { scope: 'option' in f ? 'option-top' : 'doc', field: f.request, label: f.label };
}

/** Every field id the registry knows (for tests and tables). */
export function fieldIds(fields: object = OPTION_FIELDS): string[] {
  return [
    ...Object.keys(fields).map((k) => `option.${k}`),
    ...Object.keys(VERSION_FIELDS).map((k) => `version.${k}`),
    ...Object.keys(CHANGE_FIELDS).map((k) => `change.${k}`),
  ];
}
