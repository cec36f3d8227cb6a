import { CODE_FIELDS, type FieldTarget } from './field-map';

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
const DETAIL_KEYS = [
  'HelmDeliveryOptionDetails',
  'EcrDeliveryOptionDetails',
  'EksAddOnDeliveryOptionDetails',
];

function optionDetails(option: unknown): { key: string; value: Obj } | undefined {
  const details = isObj(option) ? option.Details : undefined;
  if (!isObj(details)) return undefined;
  const key =
    DETAIL_KEYS.find((k) => isObj(details[k])) ?? Object.keys(details).find((k) => isObj(details[k]));
  return key ? { key, value: details[key] as Obj } : undefined;
}

function imagesOf(option: unknown): string[] {
  const images = optionDetails(option)?.value.ContainerImages;
  return Array.isArray(images) ? images.filter((i): i is string => typeof i === 'string') : [];
}

function titleOf(option: unknown): string | undefined {
  if (!isObj(option)) return undefined;
  const t = option.DeliveryOptionTitle ?? optionDetails(option)?.value.DeliveryOptionTitle;
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
 * The field an error concerns, as a path the draft wizard can focus. Scans the change's
 * DetailsDocument to find which delivery option (or repository) the message is about.
 */
export function resolveErrorField(
  code: string,
  change: ChangeLike,
  changeIndex: number,
  message = '',
): ResolvedField | undefined {
  const target = CODE_FIELDS[code];
  if (!target) return undefined;
  const base = `ChangeSet[${changeIndex}].DetailsDocument`;
  const doc = isObj(change.details) ? change.details : {};
  if (target.scope === 'version') return { path: `${base}.Version.${target.field}`, label: target.label };
  if (change.changeType === 'UpdateInformation' && code === 'INVALID_SHORT_DESCRIPTION') {
    return { path: `${base}.ShortDescription`, label: 'Short description' };
  }
  if (target.scope === 'doc') {
    if (target.field === 'Repositories' && Array.isArray(doc.Repositories)) {
      const i = doc.Repositories.findIndex(
        (r) => isObj(r) && typeof r.RepositoryName === 'string' && message.includes(r.RepositoryName),
      );
      return { path: `${base}.Repositories[${Math.max(i, 0)}].RepositoryName`, label: 'Repository name' };
    }
    return { path: target.field ? `${base}.${target.field}` : base, label: target.label };
  }
  if (change.changeType === 'RestrictDeliveryOptions')
    return { path: `${base}.DeliveryOptionIds`, label: 'Delivery options to restrict' };
  const options = Array.isArray(doc.DeliveryOptions) ? doc.DeliveryOptions : [];
  const k = pickOption(code, options, message, target);
  const option = options[k];
  const name = titleOf(option);
  const of = name ? ` of “${name}”` : options.length > 1 ? ` of delivery option ${k + 1}` : '';
  if (target.scope === 'option-top') {
    // Update changes carry the title inside Details.
    if (target.field === 'DeliveryOptionTitle' && isObj(option) && option.DeliveryOptionTitle === undefined) {
      const d = optionDetails(option);
      if (d)
        return {
          path: `${base}.DeliveryOptions[${k}].Details.${d.key}.DeliveryOptionTitle`,
          label: target.label,
        };
    }
    return { path: `${base}.DeliveryOptions[${k}].${target.field}`, label: `${target.label}${of}` };
  }
  const key = optionDetails(option)?.key ?? 'HelmDeliveryOptionDetails';
  return {
    path: `${base}.DeliveryOptions[${k}].Details.${key}.${target.field}`,
    label: `${target.label}${of}`,
  };
}
