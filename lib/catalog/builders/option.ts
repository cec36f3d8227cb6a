import type { OptionForm } from '@/lib/schemas/wizard-form';

type Json = Record<string, unknown>;

/** The method object's key in `Details` for each delivery method (seed 001). */
export const METHOD_DETAILS_KEY = {
  ecr: 'EcrDeliveryOptionDetails',
  helm: 'HelmDeliveryOptionDetails',
  'eks-addon': 'EksAddOnDeliveryOptionDetails',
} as const;

const clean = (list: readonly string[]) => list.map((s) => s.trim()).filter(Boolean);
const put = (o: Json, key: string, value: string) => {
  if (value.trim()) o[key] = value;
};

function overrideParameters(opt: OptionForm): Json[] {
  return opt.overrides
    .filter((p) => p.key.trim())
    .map((p) => {
      const out: Json = { Key: p.key.trim() };
      if (p.defaultValue !== '') out.DefaultValue = p.defaultValue;
      if (p.label.trim() || p.description.trim()) {
        out.Metadata = { Label: p.label, Description: p.description, Obfuscate: p.obfuscate };
      }
      return out;
    });
}

/**
 * The method object of one delivery option with every field the form holds (empty optional fields
 * left out). AddDeliveryOptions sends it as is; UpdateDeliveryOptions sends the changed subset.
 */
export function buildMethodDetails(opt: OptionForm): Json {
  const d: Json = {
    ContainerImages: clean(opt.images),
    Description: opt.description,
    UsageInstructions: opt.usage,
  };
  if (opt.method === 'ecr') {
    d.CompatibleServices = clean(opt.services);
    const resources = opt.resources.filter((r) => r.name.trim() || r.url.trim());
    if (resources.length) d.DeploymentResources = resources.map((r) => ({ Name: r.name, Url: r.url }));
    return d;
  }
  d.HelmChartUri = opt.helmChartUri.trim();
  if (opt.method === 'helm') {
    d.CompatibleServices = clean(opt.services);
    d.QuickLaunchEnabled = opt.quickLaunch;
    put(d, 'MarketplaceServiceAccountName', opt.serviceAccount);
    put(d, 'ReleaseName', opt.releaseName);
    put(d, 'Namespace', opt.namespace);
    const params = overrideParameters(opt);
    if (params.length) d.OverrideParameters = params;
    return d;
  }
  d.AddOnName = opt.addOnName.trim();
  d.AddOnVersion = opt.addOnVersion.trim();
  d.AddOnType = opt.addOnType.trim();
  d.CompatibleKubernetesVersions = clean(opt.k8sVersions);
  d.SupportedArchitectures = clean(opt.architectures);
  d.Namespace = opt.namespace.trim();
  const env = opt.envOverrides.filter((e) => e.key.trim() || e.value.trim());
  if (env.length)
    d.EnvironmentOverrideParameters = env.map((e) => ({ Key: e.key.trim(), Value: e.value.trim() }));
  return d;
}

/** One entry of AddDeliveryOptions' `DeliveryOptions`. EKS add-on options are added as Limited. */
export function buildAddedOption(opt: OptionForm): Json {
  const out: Json = { DeliveryOptionTitle: opt.title };
  if (opt.method === 'eks-addon') out.Visibility = 'Limited';
  out.Details = { [METHOD_DETAILS_KEY[opt.method]]: buildMethodDetails(opt) };
  return out;
}
