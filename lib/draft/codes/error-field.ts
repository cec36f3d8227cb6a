import { METHOD_DETAILS_KEY } from '../builders/option';
import { fieldTarget, type FieldTarget } from '../fields/ids';
import type { OptionField } from '../fields/kinds';
import { CHANGE_FIELDS, OPTION_FIELDS } from '../fields/registry';
import { CODES } from './registry';

/** One change as the tracking pages know it (a DescribeChangeSet entry). */
export interface ChangeLike {
  changeType: string;
  details: unknown;
}

export interface ResolvedField {
  /** Policy-style path into the StartChangeSet request, e.g. ChangeSet[0].DetailsDocument.Version.VersionTitle. */
  path: string;
  /** What a person calls it, e.g. "Container images of “Helm chart for Amazon EKS”". */
  label: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const DETAIL_KEYS: string[] = [
  METHOD_DETAILS_KEY.helm,
  METHOD_DETAILS_KEY.ecr,
  METHOD_DETAILS_KEY['eks-addon'],
];
const IMAGES = OPTION_FIELDS.images.request;
const TITLE = OPTION_FIELDS.title.request;

function optionDetails(option: unknown): { key: string; value: Obj } | undefined {
  const details = isObj(option) ? option.Details : undefined;
  if (!isObj(details)) return undefined;
  const key =
    DETAIL_KEYS.find((k) => isObj(details[k])) ?? Object.keys(details).find((k) => isObj(details[k]));
  return key ? { key, value: details[key] as Obj } : undefined;
}

function imagesOf(option: unknown): string[] {
  const images = optionDetails(option)?.value[IMAGES];
  return Array.isArray(images) ? images.filter((i): i is string => typeof i === 'string') : [];
}

function titleOf(option: unknown): string | undefined {
  if (!isObj(option)) return undefined;
  const t = option[TITLE] ?? optionDetails(option)?.value[TITLE];
  return typeof t === 'string' ? t : undefined;
}

/** `latest` explicitly, or no tag and no digest (which means latest). */
export function usesLatestTag(image: string): boolean {
  if (image.includes('@')) return false;
  const lastSegment = image.split('/').pop() ?? '';
  const colon = lastSegment.lastIndexOf(':');
  return colon === -1 || lastSegment.slice(colon + 1).toLowerCase() === 'latest';
}

/** Picks the delivery option an error is about: by what the message quotes, else the first that has the field. */
function pickOption(code: string, options: unknown[], message: string, target: FieldTarget): number {
  if (code === 'INVALID_CONTAINER_IMAGE_TAG') {
    const i = options.findIndex((o) => imagesOf(o).some(usesLatestTag));
    if (i >= 0) return i;
  }
  const mentions = (o: unknown) =>
    imagesOf(o).some((img) => message.includes(img)) ||
    [titleOf(o), isObj(o) ? o.Id : undefined].some(
      (v) => typeof v === 'string' && v.length > 0 && message.includes(v),
    );
  const byMention = options.findIndex(mentions);
  if (byMention >= 0) return byMention;
  if (target.scope === 'option') {
    const hasField = options.findIndex((o) => optionDetails(o)?.value[target.field] !== undefined);
    if (hasField >= 0) return hasField;
  }
  return 0;
}

/**
 * The field an error concerns, as a path the draft wizard can focus: the code registry names the
 * field, the field registry where it sits. Scans the change's DetailsDocument to find which
 * delivery option (or repository) the message is about. `codes`/`fields` default to the registries.
 */
export function resolveErrorField(
  code: string,
  change: ChangeLike,
  changeIndex: number,
  message = '',
  registries: {
    codes?: Readonly<Record<string, { field: string }>>;
    fields?: Record<string, Pick<OptionField, 'request' | 'label' | 'isTopLevelOnAdd'>>;
  } = {},
): ResolvedField | undefined {
  const id = (registries.codes ?? CODES)[code]?.field;
  const target = id ? fieldTarget(id, registries.fields ?? OPTION_FIELDS) : undefined;
  if (!target) return undefined;
  const base = `ChangeSet[${changeIndex}].DetailsDocument`;
  const doc = isObj(change.details) ? change.details : {};
  if (target.scope === 'version') return { path: `${base}.Version.${target.field}`, label: target.label };
  // UpdateInformation carries the product's description where Add/Update carry an option's.
  if (change.changeType === 'UpdateInformation' && id === 'option.description') {
    const f = CHANGE_FIELDS.shortDescription;
    return { path: `${base}.${f.request}`, label: f.label };
  }
  if (target.scope === 'doc') {
    if (target.field === CHANGE_FIELDS.repositories.request && Array.isArray(doc.Repositories)) {
      const i = doc.Repositories.findIndex(
        (r) => isObj(r) && typeof r.RepositoryName === 'string' && message.includes(r.RepositoryName),
      );
      return { path: `${base}.Repositories[${Math.max(i, 0)}].RepositoryName`, label: target.label };
    }
    return { path: target.field ? `${base}.${target.field}` : base, label: target.label };
  }
  if (change.changeType === 'RestrictDeliveryOptions')
    return { path: `${base}.${CHANGE_FIELDS.optionIds.request}`, label: 'Delivery options to restrict' };
  const options = Array.isArray(doc.DeliveryOptions) ? doc.DeliveryOptions : [];
  const k = pickOption(code, options, message, target);
  const option = options[k];
  const name = titleOf(option);
  const of = name ? ` of “${name}”` : options.length > 1 ? ` of delivery option ${k + 1}` : '';
  if (target.scope === 'option-top')
    return { path: `${base}.DeliveryOptions[${k}].${target.field}`, label: `${target.label}${of}` };
  // AddDeliveryOptions carries such a field beside Details, UpdateDeliveryOptions inside it.
  if (
    target.scope === 'option' &&
    target.isTopLevelOnAdd &&
    isObj(option) &&
    option[target.field] !== undefined
  )
    return { path: `${base}.DeliveryOptions[${k}].${target.field}`, label: `${target.label}${of}` };
  const key = optionDetails(option)?.key ?? METHOD_DETAILS_KEY.helm;
  return {
    path: `${base}.DeliveryOptions[${k}].Details.${key}.${target.field}`,
    label: `${target.label}${of}`,
  };
}
