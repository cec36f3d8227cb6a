/*
 * Policy findings name JSON paths into the StartChangeSet request; the wizard names form fields.
 * This maps one to the other so a checklist item (or an AWS error deep link) can focus its field.
 */

const OPTION_FIELDS: Record<string, string> = {
  DeliveryOptionTitle: 'title',
  Description: 'description',
  UsageInstructions: 'usage',
  ContainerImages: 'images',
  CompatibleServices: 'services',
  HelmChartUri: 'helmChartUri',
  QuickLaunchEnabled: 'quickLaunch',
  ReleaseName: 'releaseName',
  Namespace: 'namespace',
  MarketplaceServiceAccountName: 'serviceAccount',
  AddOnName: 'addOnName',
  AddOnVersion: 'addOnVersion',
  AddOnType: 'addOnType',
  CompatibleKubernetesVersions: 'k8sVersions',
  SupportedArchitectures: 'architectures',
};

const LIST_FIELDS: Record<string, { name: string; fields: Record<string, string> }> = {
  DeploymentResources: { name: 'resources', fields: { Name: 'name', Url: 'url' } },
  OverrideParameters: {
    name: 'overrides',
    fields: {
      Key: 'key',
      DefaultValue: 'defaultValue',
      Label: 'label',
      Description: 'description',
      Obfuscate: 'obfuscate',
    },
  },
  EnvironmentOverrideParameters: { name: 'envOverrides', fields: { Key: 'key', Value: 'value' } },
};

/**
 * The form field name (react-hook-form dot notation) for a policy path such as
 * `ChangeSet[0].DetailsDocument.DeliveryOptions[1].Details.HelmDeliveryOptionDetails.ContainerImages[2]`.
 * `optionIndex[j]` is the form option behind DeliveryOptions[j]. Returns undefined when no field fits.
 */
export function fieldForPolicyPath(path: string, optionIndex: readonly number[] = []): string | undefined {
  const m = /^ChangeSet\[\d+\]\.(?:DetailsDocument|Details)\.?(.*)$/.exec(path);
  if (!m) return undefined;
  const rest = m[1] ?? '';
  if (rest === '' || rest === 'Version') return undefined;
  if (rest.startsWith('Version.VersionTitle')) return 'versionTitle';
  if (rest.startsWith('Version.ReleaseNotes')) return 'releaseNotes';
  const repo = /^Repositories(?:\[(\d+)\])?/.exec(rest);
  if (repo) return repo[1] !== undefined ? `repositories.${repo[1]}.name` : 'repositories';
  if (rest.startsWith('DeliveryOptionIds')) return 'optionIds';
  const opt = /^DeliveryOptions(?:\[(\d+)\])?(.*)$/.exec(rest);
  if (!opt) return undefined;
  if (opt[1] === undefined) return 'options';
  const j = Number(opt[1]);
  const i = optionIndex[j];
  const tail = opt[2] ?? '';
  // RestrictDeliveryOptions/visibility entries have no form option: the list itself is the field.
  if (i === undefined) return optionIndex.length ? 'options' : 'optionIds';
  if (tail === '' || tail === '.Id' || tail === '.Details' || tail === '.Visibility')
    return `options.${i}.title`;
  if (tail === '.DeliveryOptionTitle') return `options.${i}.title`;
  const d = /^\.Details\.[A-Za-z?]+\.(\w+)(?:\[(\d+)\])?(?:\.(?:Metadata\.)?(\w+))?/.exec(tail);
  if (!d) return `options.${i}.title`;
  const [, field = '', k, sub] = d;
  const list = LIST_FIELDS[field];
  if (list) {
    if (k === undefined) return `options.${i}.${list.name}`;
    return `options.${i}.${list.name}.${k}.${(sub && list.fields[sub]) || Object.values(list.fields)[0]}`;
  }
  const name = OPTION_FIELDS[field];
  return name ? `options.${i}.${name}` : `options.${i}.title`;
}
