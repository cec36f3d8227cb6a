import { describe, expect, it } from 'vitest';
import { fieldForPolicyPath } from './paths';

describe('policy path → form field', () => {
  const p = 'ChangeSet[0].DetailsDocument';
  it.each([
    [`${p}.Version.VersionTitle`, [], 'versionTitle'],
    [`${p}.Version.ReleaseNotes`, [], 'releaseNotes'],
    [`${p}.Repositories[2].RepositoryName`, [], 'repositories.2.name'],
    [`${p}.DeliveryOptionIds[0]`, [], 'optionIds'],
    [`${p}.DeliveryOptions[1]`, [], 'optionIds'],
    [`${p}.DeliveryOptions[0].DeliveryOptionTitle`, [0], 'options.0.title'],
    [
      `${p}.DeliveryOptions[1].Details.HelmDeliveryOptionDetails.ContainerImages[2]`,
      [0, 1],
      'options.1.images',
    ],
    [
      `${p}.DeliveryOptions[0].Details.HelmDeliveryOptionDetails.OverrideParameters[3].Metadata.Label`,
      [0],
      'options.0.overrides.3.label',
    ],
    [
      `${p}.DeliveryOptions[0].Details.HelmDeliveryOptionDetails.OverrideParameters[1].Key`,
      [0],
      'options.0.overrides.1.key',
    ],
    [
      `${p}.DeliveryOptions[0].Details.EksAddOnDeliveryOptionDetails.EnvironmentOverrideParameters[0].Value`,
      [0],
      'options.0.envOverrides.0.value',
    ],
    [
      `${p}.DeliveryOptions[0].Details.EksAddOnDeliveryOptionDetails.CompatibleKubernetesVersions`,
      [0],
      'options.0.k8sVersions',
    ],
    [
      `${p}.DeliveryOptions[0].Details.EcrDeliveryOptionDetails.DeploymentResources[1].Url`,
      [0],
      'options.0.resources.1.url',
    ],
    // Update sends only changed options: DeliveryOptions[0] is the form's third option.
    [`${p}.DeliveryOptions[0].Details.EcrDeliveryOptionDetails.DeliveryOptionTitle`, [2], 'options.2.title'],
    [`${p}.DeliveryOptions[0].Details.EcrDeliveryOptionDetails.UsageInstructions`, [2], 'options.2.usage'],
  ] as const)('%s', (path, index, field) => {
    expect(fieldForPolicyPath(path, index)).toBe(field);
  });

  it('returns undefined for paths outside the DetailsDocument', () => {
    expect(fieldForPolicyPath('', [])).toBeUndefined();
    expect(fieldForPolicyPath('ChangeSet[0].Entity.Identifier', [])).toBeUndefined();
  });
});
