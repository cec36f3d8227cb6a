import type { OptionField } from '../fields/kinds';
import { CHANGE_FIELDS, OPTION_FIELDS, VERSION_FIELDS } from '../fields/registry';

/*
 * Policy findings name JSON paths into the StartChangeSet request; the wizard names form fields.
 * This maps one to the other, from the field registry, so a checklist item (or an AWS error deep
 * link) can focus its field.
 */

type OptionFields = Record<string, Pick<OptionField, 'request' | 'columns'>>;

function optionFieldFor(key: string, fields: OptionFields) {
  return Object.entries(fields).find(([, f]) => f.request === key);
}

/** The form column behind a list field's request sub-path (`Metadata.` prefixes folded). */
function columnFor(f: Pick<OptionField, 'columns'>, sub: string | undefined): string | undefined {
  const columns = Object.entries(f.columns ?? {});
  const hit = sub ? columns.find(([, request]) => request.replace(/^Metadata\./, '') === sub) : undefined;
  return (hit ?? columns[0])?.[0];
}

/**
 * The form field name (react-hook-form dot notation) for a policy path such as
 * `ChangeSet[0].DetailsDocument.DeliveryOptions[1].Details.HelmDeliveryOptionDetails.ContainerImages[2]`.
 * `optionIndex[j]` is the form option behind DeliveryOptions[j]. Returns undefined when no field fits.
 */
export function fieldForPolicyPath(
  path: string,
  optionIndex: readonly number[] = [],
  fields: OptionFields = OPTION_FIELDS,
): string | undefined {
  const m = /^ChangeSet\[\d+\]\.(?:DetailsDocument|Details)\.?(.*)$/.exec(path);
  if (!m) return undefined;
  const rest = m[1] ?? '';
  if (rest === '' || rest === 'Version') return undefined;
  const version = Object.entries(VERSION_FIELDS).find(([, f]) => rest.startsWith(f.request));
  if (version) return version[0];
  const repo = new RegExp(`^${CHANGE_FIELDS.repositories.request}(?:\\[(\\d+)\\])?`).exec(rest);
  if (repo) return repo[1] !== undefined ? `repositories.${repo[1]}.name` : 'repositories';
  if (rest.startsWith(CHANGE_FIELDS.optionIds.request)) return 'optionIds';
  const opt = new RegExp(`^${CHANGE_FIELDS.deliveryOptions.request}(?:\\[(\\d+)\\])?(.*)$`).exec(rest);
  if (!opt) return undefined;
  if (opt[1] === undefined) return 'options';
  const i = optionIndex[Number(opt[1])];
  // RestrictDeliveryOptions/visibility entries have no form option: the list itself is the field.
  if (i === undefined) return optionIndex.length ? 'options' : 'optionIds';
  // A key beside Details (AddDeliveryOptions' title) or inside Details.<Kind>DeliveryOptionDetails.
  const d =
    /^\.Details\.[A-Za-z?]+\.(\w+)(?:\[(\d+)\])?(?:\.(?:Metadata\.)?(\w+))?/.exec(opt[2] ?? '') ??
    /^\.(\w+)()()$/.exec(opt[2] ?? '');
  const title = `options.${i}.title`;
  if (!d) return title;
  const [, key = '', k, sub] = d;
  const hit = optionFieldFor(key, fields);
  if (!hit) return title;
  const [name, f] = hit;
  if (!f.columns || !k) return `options.${i}.${name}`;
  return `options.${i}.${name}.${k}.${columnFor(f, sub)}`;
}
