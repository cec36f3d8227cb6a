import { SEED_SELLER_NAMESPACE } from '../seed-ids';
import { isObj, str } from './fields';
import type { DeliveryOption, EvalContext, ProductDoc, Source } from './types';

export type OptionKind = 'Ecr' | 'Helm' | 'EksAddOn';
const KEYS: Record<string, OptionKind> = {
  EcrDeliveryOptionDetails: 'Ecr',
  HelmDeliveryOptionDetails: 'Helm',
  EksAddOnDeliveryOptionDetails: 'EksAddOn',
};
export const ENTITY_TYPE_OF: Record<OptionKind, DeliveryOption['Type']> = {
  Ecr: 'ElasticContainerRegistry',
  Helm: 'Helm',
  EksAddOn: 'EksAddOn',
};
export const KIND_OF: Record<DeliveryOption['Type'], OptionKind> = {
  ElasticContainerRegistry: 'Ecr',
  Helm: 'Helm',
  EksAddOn: 'EksAddOn',
};

/** Which single delivery method an option's `Details` names. */
export function optionMethod(
  option: unknown,
): { kind: OptionKind; details: Record<string, unknown> } | 'invalid' | 'notSingle' {
  if (!isObj(option) || !isObj(option.Details)) return 'invalid';
  const keys = Object.keys(option.Details).filter(
    (k) => option.Details && (option.Details as Record<string, unknown>)[k] !== undefined,
  );
  const known = keys.filter((k) => k in KEYS);
  // No method or several: seed 001's INVALID_DELIVERY_OPTIONS_INPUT ("a single delivery method").
  if (known.length !== 1) return 'notSingle';
  const key = known[0]!;
  const details = (option.Details as Record<string, unknown>)[key];
  if (keys.length !== 1 || !isObj(details)) return 'invalid';
  return { kind: KEYS[key]!, details };
}

/** A product is paid when it has pricing dimensions (then Helm options need the service-account override). */
export const isPaid = (product: ProductDoc) => product.Dimensions.length > 0;

/** The seller alias prefix AWS adds to add-on names ("This name will add a prefix later using SellerAlias"). */
export const addonFullName = (name: string) => `${SEED_SELLER_NAMESPACE.replace(/-/g, '')}_${name}`;

/** Turns an AddDeliveryOptions option into the entity's Source + DeliveryOption (reference §8). */
export function buildOption(
  ctx: EvalContext,
  product: ProductDoc,
  o: Record<string, unknown>,
): { source: Source; option: DeliveryOption } {
  const m = optionMethod(o);
  if (typeof m === 'string') throw new Error('buildOption called on an invalid option');
  const d = m.details;
  const sourceId = ctx.newId();
  const images = (d.ContainerImages as string[]).slice();
  const source: Source =
    m.kind === 'Ecr'
      ? { Type: 'DockerImages', Id: sourceId, Images: images, Compatibility: { Platform: 'Linux' } }
      : {
          Type: 'HelmChart',
          Id: sourceId,
          Images: images,
          HelmChartUri: String(d.HelmChartUri),
          Compatibility: { Platform: 'Linux' },
        };
  const defaultVisibility =
    m.kind === 'EksAddOn' ? 'Limited' : product.Description.Visibility === 'Public' ? 'Public' : 'Limited';
  const option: DeliveryOption = {
    Id: m.kind === 'EksAddOn' ? `do-${ctx.newId().replace(/-/g, '').slice(0, 22)}` : ctx.newId(),
    Type: ENTITY_TYPE_OF[m.kind],
    SourceId: sourceId,
    Title: String(o.DeliveryOptionTitle),
    ShortDescription: String(d.Description),
    isRecommended: false,
    Instructions: { Usage: String(d.UsageInstructions) },
    Visibility: str(o.Visibility) ?? defaultVisibility,
  };
  applyDetails(option, m.kind, d);
  return { source, option };
}

/** Copies the (possibly partial) details of a method onto an entity option. */
export function applyDetails(option: DeliveryOption, kind: OptionKind, d: Record<string, unknown>): void {
  if (d.DeliveryOptionTitle !== undefined) option.Title = String(d.DeliveryOptionTitle);
  if (d.Description !== undefined) option.ShortDescription = String(d.Description);
  if (d.UsageInstructions !== undefined) option.Instructions = { Usage: String(d.UsageInstructions) };
  if (kind === 'Ecr' || kind === 'Helm') {
    if (d.CompatibleServices !== undefined)
      option.Compatibility = { AWSServices: (d.CompatibleServices as string[]).slice() };
  }
  if (kind === 'Ecr' && Array.isArray(d.DeploymentResources)) {
    option.Recommendations = {
      DeploymentResources: d.DeploymentResources.filter(isObj).map((r) => ({
        Text: String(r.Name),
        Url: String(r.Url),
      })),
    };
  }
  if (kind === 'Ecr' && d.AccessRoleArn !== undefined) option.AccessRoleArn = d.AccessRoleArn;
  if (kind === 'Helm') {
    for (const k of [
      'QuickLaunchEnabled',
      'ReleaseName',
      'Namespace',
      'MarketplaceServiceAccountName',
    ] as const)
      if (d[k] !== undefined) option[k] = d[k];
    if (Array.isArray(d.OverrideParameters)) {
      // The entity spells the default "Default"; change types spell it "DefaultValue" (reference §8.1).
      option.OverrideParameters = d.OverrideParameters.filter(isObj).map((p) => ({
        Key: p.Key,
        Default: p.DefaultValue ?? null,
        Metadata: p.Metadata ?? null,
      }));
    }
  }
  if (kind === 'EksAddOn') {
    const c = (option.Compatibility ??= {});
    if (d.CompatibleKubernetesVersions !== undefined)
      c.KubernetesVersions = (d.CompatibleKubernetesVersions as string[]).slice();
    if (d.SupportedArchitectures !== undefined)
      c.Architectures = (d.SupportedArchitectures as string[]).slice();
    for (const k of ['AddOnType', 'Namespace', 'EnvironmentOverrideParameters'] as const)
      if (d[k] !== undefined) option[k] = d[k];
    if (d.AddOnName !== undefined) {
      option.DisplayAddOnName = d.AddOnName;
      option.AddOnName = addonFullName(String(d.AddOnName));
    }
    if (d.AddOnVersion !== undefined) {
      option.AddOnVersion = d.AddOnVersion;
      option.DisplayAddOnVersion = `v${String(d.AddOnVersion)}-eksbuild.1`;
    }
  }
}

export function findOption(product: ProductDoc, id: string) {
  for (const version of product.Versions) {
    const option = version.DeliveryOptions.find((o) => o.Id === id);
    if (option) return { version, option, source: version.Sources.find((s) => s.Id === option.SourceId) };
  }
  return undefined;
}
