import {
  emptyOption,
  emptyWizardForm,
  randomKey,
  type OptionForm,
  type OptionMethod,
  type VersionBaseline,
  type WizardChangeType,
  type WizardForm,
} from '@/lib/schemas/wizard-form';
import type { DeliveryOptionView, VersionView } from '../types';

type J = Record<string, unknown>;
const obj = (v: unknown): J => (v && typeof v === 'object' && !Array.isArray(v) ? (v as J) : {});
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const VIEW_METHOD: Record<string, OptionMethod> = {
  ElasticContainerRegistry: 'ecr',
  Helm: 'helm',
  EksAddOn: 'eks-addon',
};

/** DescribeEntity's delivery option as form state (the Update wizard's prefill and the template source). */
export function optionFromView(v: DeliveryOptionView): OptionForm {
  const method = VIEW_METHOD[v.type] ?? 'ecr';
  return {
    ...emptyOption(method, v.id),
    id: v.id,
    title: v.title,
    description: v.shortDescription,
    usage: v.usageInstructions,
    images: [...v.images],
    services: method === 'eks-addon' ? [] : [...v.compatibleServices],
    resources: v.deploymentResources.map((r) => ({ name: r.name, url: r.url })),
    helmChartUri: v.helmChartUri ?? '',
    quickLaunch: v.quickLaunchEnabled ?? false,
    releaseName: v.releaseName ?? '',
    namespace: v.namespace ?? '',
    serviceAccount: v.serviceAccount ?? '',
    overrides: v.overrideParameters.map((p) => ({
      key: p.key,
      defaultValue: p.defaultValue ?? '',
      label: p.label ?? '',
      description: p.description ?? '',
      obfuscate: p.obfuscate ?? false,
    })),
    addOnName: v.addOnName ?? '',
    addOnVersion: v.addOnVersion ?? '',
    addOnType: v.addOnType ?? '',
    k8sVersions: [...v.kubernetesVersions],
    architectures: [...v.architectures],
    envOverrides: v.environmentOverrideParameters.map((e) => ({ key: e.key, value: e.value })),
  };
}

/** A template copy of an earlier option for a new version: same settings, new key, no Id. */
export function optionAsTemplate(v: DeliveryOptionView): OptionForm {
  const { id: _id, ...rest } = optionFromView(v);
  return { ...rest, key: randomKey() };
}

/** The live version as the Update wizard's baseline (what "changed" is measured against). */
export function baselineOf(version: VersionView): VersionBaseline {
  return {
    versionTitle: version.title,
    releaseNotes: version.releaseNotes,
    options: version.deliveryOptions.map(optionFromView),
  };
}

/** A DetailsDocument delivery option (Add or Update form) as form state. */
export function optionFromDocument(raw: unknown, base?: OptionForm): OptionForm {
  const o = obj(raw);
  const details = obj(o.Details);
  const key = Object.keys(details)[0] ?? '';
  const method: OptionMethod = key.startsWith('Eks') ? 'eks-addon' : key.startsWith('Helm') ? 'helm' : 'ecr';
  const d = obj(details[key]);
  const start = base ?? emptyOption(method);
  const has = (k: string) => k in d;
  return {
    ...start,
    id: str(o.Id) || start.id,
    method,
    title:
      str(o.DeliveryOptionTitle) || (has('DeliveryOptionTitle') ? str(d.DeliveryOptionTitle) : start.title),
    description: has('Description') ? str(d.Description) : start.description,
    usage: has('UsageInstructions') ? str(d.UsageInstructions) : start.usage,
    images: has('ContainerImages') ? strs(d.ContainerImages) : start.images,
    services: has('CompatibleServices') ? strs(d.CompatibleServices) : start.services,
    resources: has('DeploymentResources')
      ? (Array.isArray(d.DeploymentResources) ? d.DeploymentResources : []).map((r) => ({
          name: str(obj(r).Name),
          url: str(obj(r).Url),
        }))
      : start.resources,
    helmChartUri: has('HelmChartUri') ? str(d.HelmChartUri) : start.helmChartUri,
    quickLaunch: has('QuickLaunchEnabled') ? d.QuickLaunchEnabled === true : start.quickLaunch,
    releaseName: has('ReleaseName') ? str(d.ReleaseName) : start.releaseName,
    namespace: has('Namespace') ? str(d.Namespace) : start.namespace,
    serviceAccount: has('MarketplaceServiceAccountName')
      ? str(d.MarketplaceServiceAccountName)
      : start.serviceAccount,
    overrides: has('OverrideParameters')
      ? (Array.isArray(d.OverrideParameters) ? d.OverrideParameters : []).map((p) => {
          const m = obj(obj(p).Metadata);
          return {
            key: str(obj(p).Key),
            defaultValue: str(obj(p).DefaultValue),
            label: str(m.Label),
            description: str(m.Description),
            obfuscate: m.Obfuscate === true,
          };
        })
      : start.overrides,
    addOnName: has('AddOnName') ? str(d.AddOnName) : start.addOnName,
    addOnVersion: has('AddOnVersion') ? str(d.AddOnVersion) : start.addOnVersion,
    addOnType: has('AddOnType') ? str(d.AddOnType) : start.addOnType,
    k8sVersions: has('CompatibleKubernetesVersions')
      ? strs(d.CompatibleKubernetesVersions)
      : start.k8sVersions,
    architectures: has('SupportedArchitectures') ? strs(d.SupportedArchitectures) : start.architectures,
    envOverrides: has('EnvironmentOverrideParameters')
      ? (Array.isArray(d.EnvironmentOverrideParameters) ? d.EnvironmentOverrideParameters : []).map((e) => ({
          key: str(obj(e).Key),
          value: str(obj(e).Value),
        }))
      : start.envOverrides,
  };
}

/**
 * Wizard state from a change's DetailsDocument (DescribeChangeSet), for "Fix in draft". For an
 * update the live version (when given) fills what the change did not send.
 */
export function formFromChange(
  changeType: WizardChangeType,
  details: unknown,
  live?: VersionView,
): WizardForm {
  const d = obj(details);
  const form = emptyWizardForm(changeType);
  const version = obj(d.Version);
  const opts = Array.isArray(d.DeliveryOptions) ? d.DeliveryOptions : [];
  switch (changeType) {
    case 'AddRepositories':
      return {
        ...form,
        repositories: (Array.isArray(d.Repositories) ? d.Repositories : []).map((r) => ({
          name: str(obj(r).RepositoryName),
        })),
      };
    case 'AddDeliveryOptions':
      return {
        ...form,
        versionTitle: str(version.VersionTitle),
        releaseNotes: str(version.ReleaseNotes),
        options: opts.map((o) => optionFromDocument(o)),
      };
    case 'UpdateDeliveryOptions': {
      const baseline = live ? baselineOf(live) : undefined;
      const options = (baseline?.options ?? []).map((b) => {
        const sent = opts.find((o) => str(obj(o).Id) === b.id);
        return sent ? optionFromDocument(sent, b) : b;
      });
      for (const o of opts)
        if (!options.some((x) => x.id === str(obj(o).Id))) options.push(optionFromDocument(o));
      return {
        ...form,
        versionId: live?.id ?? '',
        baseline,
        versionTitle: 'VersionTitle' in version ? str(version.VersionTitle) : (baseline?.versionTitle ?? ''),
        releaseNotes: 'ReleaseNotes' in version ? str(version.ReleaseNotes) : (baseline?.releaseNotes ?? ''),
        options,
      };
    }
    case 'RestrictDeliveryOptions':
      return { ...form, optionIds: strs(d.DeliveryOptionIds) };
    case 'UpdateDeliveryOptionsVisibility':
      return { ...form, optionIds: opts.map((o) => str(obj(o).Id)).filter(Boolean) };
  }
}
