import type { OptionTarget, ChangeTarget, Indexed } from './context';
import type { IndexedOption } from './product-index';
import { isRecord } from './util';

/** Whether two lists hold the same strings, ignoring order. */
export function sameSet(a: unknown, b: readonly unknown[] | null | undefined): boolean {
  if (!Array.isArray(a) || !b) return false;
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** One field an UpdateDeliveryOptions option sets, with its current value when the snapshot has it. */
export interface UpdatedField {
  name: string;
  path: string;
  value: unknown;
  /** 'same' | 'different' | 'unknown' compared with the snapshot. */
  compared: 'same' | 'different' | 'unknown';
}

type Getter = (cur: IndexedOption) => unknown;
const CURRENT: Record<string, Getter> = {
  Description: (c) => c.option.ShortDescription,
  UsageInstructions: (c) => c.option.Instructions?.Usage,
  ReleaseName: (c) => c.option.ReleaseName,
  Namespace: (c) => c.option.Namespace,
  MarketplaceServiceAccountName: (c) => c.option.MarketplaceServiceAccountName,
  QuickLaunchEnabled: (c) => c.option.QuickLaunchEnabled,
  AddOnName: (c) => c.option.AddOnName,
  AddOnVersion: (c) => c.option.AddOnVersion,
  AddOnType: (c) => c.option.AddOnType,
};
const CURRENT_LIST: Record<string, Getter> = {
  ContainerImages: (c) => c.images,
  CompatibleServices: (c) => c.option.Compatibility?.AWSServices,
  CompatibleKubernetesVersions: (c) => c.option.Compatibility?.KubernetesVersions,
  SupportedArchitectures: (c) => c.option.Compatibility?.Architectures,
};

/** Every field an update option sets, compared with the product's current option. */
export function updatedFields(o: OptionTarget, ix: Indexed): UpdatedField[] {
  const cur = typeof o.raw.Id === 'string' ? ix.product?.options.get(o.raw.Id) : undefined;
  const out: UpdatedField[] = [];
  for (const name in o.d) {
    const value = o.d[name];
    const path = `${o.dPath}.${name}`;
    let compared: UpdatedField['compared'] = 'unknown';
    if (cur && name === 'DeliveryOptionTitle') compared = value === cur.option.Title ? 'same' : 'different';
    else if (cur && Object.hasOwn(CURRENT, name)) {
      const now = CURRENT[name]!(cur);
      compared = now === undefined || now === null ? 'unknown' : now === value ? 'same' : 'different';
    } else if (cur && Object.hasOwn(CURRENT_LIST, name)) {
      const now = CURRENT_LIST[name]!(cur) as unknown[] | undefined;
      compared = !now ? 'unknown' : sameSet(value, now) ? 'same' : 'different';
    }
    out.push({ name, path, value, compared });
  }
  return out;
}

/** The Version fields of an update, compared with the edited version. */
export function updatedVersionFields(
  c: ChangeTarget,
  ix: Indexed,
  versionId: string | undefined,
): UpdatedField[] {
  const v = isRecord(c.details?.Version) ? c.details.Version : undefined;
  if (!v) return [];
  const version =
    versionId === undefined
      ? undefined
      : ix.product?.snapshot.Versions?.find((x) => (x?.Id ?? '') === versionId);
  return (['VersionTitle', 'ReleaseNotes'] as const)
    .filter((name) => name in v)
    .map((name) => {
      const now = version?.[name];
      const compared = now === undefined || now === null ? 'unknown' : now === v[name] ? 'same' : 'different';
      return { name, path: `${c.detailsPath}.Version.${name}`, value: v[name], compared } as UpdatedField;
    });
}
