import { describe, expect, it } from 'vitest';
import addRepos from '@/lib/policy/fixtures/seed-add-repositories.json';
import addEcr from '@/lib/policy/fixtures/seed-add-delivery-options-ecr.json';
import addHelm from '@/lib/policy/fixtures/seed-add-delivery-options-helm.json';
import addAddon from '@/lib/policy/fixtures/seed-add-delivery-options-eks-addon.json';
import restrict from '@/lib/policy/fixtures/seed-restrict-delivery-options.json';
import updateEcr from '@/lib/policy/fixtures/seed-update-delivery-options-ecr.json';
import { emptyOption, emptyWizardForm, type WizardChangeType } from '@/lib/draft/form';
import { parseChangeDetails } from '@/lib/policy/schemas';
import { buildCliCommand, buildDetailsDocument, buildStartChangeSetRequest, formFromChange } from './index';

type Seed = {
  ChangeSet: Array<{ ChangeType: string; DetailsDocument: unknown; Entity: { Identifier: string } }>;
};
const change = (s: unknown) => (s as Seed).ChangeSet[0]!;

describe('builders reproduce seed 001 DetailsDocuments', () => {
  const cases: Array<[string, unknown]> = [
    ['AddRepositories', addRepos],
    ['AddDeliveryOptions (container image)', addEcr],
    ['AddDeliveryOptions (Helm chart)', addHelm],
    ['AddDeliveryOptions (EKS add-on)', addAddon],
    ['RestrictDeliveryOptions', restrict],
  ];
  for (const [name, seed] of cases) {
    it(name, () => {
      const c = change(seed);
      const form = formFromChange(c.ChangeType as WizardChangeType, c.DetailsDocument);
      const built = buildDetailsDocument(form).doc;
      expect(built).toEqual(c.DetailsDocument);
      expect(parseChangeDetails(c.ChangeType, built).success).toBe(true);
    });
  }

  it('UpdateDeliveryOptionsVisibility builds the seed shape', () => {
    const form = {
      ...emptyWizardForm('UpdateDeliveryOptionsVisibility'),
      optionIds: ['do-1234567891234567891234'],
    };
    expect(buildDetailsDocument(form).doc).toEqual({
      DeliveryOptions: [{ Id: 'do-1234567891234567891234', TargetVisibility: 'Public' }],
    });
  });

  it('builds a Helm option field by field from form state', () => {
    const opt = {
      ...emptyOption('helm'),
      title: 'HelmChartDeliveryOption',
      description: 'Helm chart description',
      usage: 'Usage instructions',
      images: ['111122223333.dkr.ecr.us-east-1.amazonaws.com/sellername/reponame1:1.1', ' '],
      services: ['EKS', 'EKS-Anywhere'],
      helmChartUri: '111122223333.dkr.ecr.us-east-1.amazonaws.com/sellername/reponame1:helmchart1.1',
      quickLaunch: true,
      serviceAccount: 'Service account name',
      releaseName: 'Optional release name',
      namespace: 'Optional Kubernetes namespace',
      overrides: [
        {
          key: 'HelmKeyName1',
          defaultValue: '${AWSMP_LICENSE_SECRET}',
          label: 'AWS CloudFormation template field label',
          description: 'AWS CloudFormation template field description',
          obfuscate: false,
        },
        {
          key: 'HelmKeyName2',
          defaultValue: '${AWSMP_SERVICE_ACCOUNT}',
          label: 'AWS CloudFormation template field label',
          description: 'AWS CloudFormation template field description',
          obfuscate: false,
        },
      ],
    };
    const form = {
      ...emptyWizardForm('AddDeliveryOptions'),
      versionTitle: '1.1',
      releaseNotes: 'Minor bug fix',
      options: [opt],
    };
    expect(buildDetailsDocument(form).doc).toEqual(change(addHelm).DetailsDocument);
  });

  it('UpdateDeliveryOptions sends only the changed fields (seed example)', () => {
    const seed = change(updateEcr).DetailsDocument as { DeliveryOptions: Array<{ Id: string }> };
    const id = seed.DeliveryOptions[0]!.Id;
    const live = {
      ...emptyOption('ecr', id),
      id,
      title: 'Old title',
      description: 'Old description',
      usage: 'Old usage',
      images: ['111122223333.dkr.ecr.us-east-1.amazonaws.com/sellername/reponame1:1.1'],
      services: ['ECS'],
    };
    const other = { ...emptyOption('helm', 'x'), id: 'other-option', title: 'Untouched' };
    const form = {
      ...emptyWizardForm('UpdateDeliveryOptions'),
      versionId: 'v1',
      baseline: { versionTitle: 'Version 1.1', releaseNotes: 'Old notes', options: [live, other] },
      versionTitle: 'Version 1.2',
      releaseNotes: 'New release notes',
      options: [
        {
          ...live,
          title: 'New Delivery Option Title',
          description: 'New description',
          usage: 'New usage instructions',
          services: ['EKS'],
        },
        other,
      ],
    };
    const built = buildDetailsDocument(form);
    expect(built.doc).toEqual(change(updateEcr).DetailsDocument);
    expect(built.optionIndex).toEqual([0]);
    expect(parseChangeDetails('UpdateDeliveryOptions', built.doc).success).toBe(true);
  });

  it('UpdateDeliveryOptions leaves out an unchanged version and unchanged options', () => {
    const live = { ...emptyOption('ecr', 'a'), id: 'a', title: 'T', images: ['r/x:1'] };
    const form = {
      ...emptyWizardForm('UpdateDeliveryOptions'),
      baseline: { versionTitle: 'V', releaseNotes: 'N', options: [live] },
      versionTitle: 'V',
      releaseNotes: 'N',
      options: [{ ...live, images: ['r/x:2'] }],
    };
    expect(buildDetailsDocument(form).doc).toEqual({
      DeliveryOptions: [{ Id: 'a', Details: { EcrDeliveryOptionDetails: { ContainerImages: ['r/x:2'] } } }],
    });
  });
});

describe('request and CLI command', () => {
  it('wraps the DetailsDocument in a StartChangeSet request and a legacy Details CLI command', () => {
    const form = formFromChange('AddRepositories', change(addRepos).DetailsDocument);
    const req = buildStartChangeSetRequest(form, { id: 'prod-abcdefghijklm', title: 'My product' });
    expect(req).toMatchObject({
      Catalog: 'AWSMarketplace',
      ChangeSetName: 'Add repositories - My product',
      ChangeSet: [
        {
          ChangeType: 'AddRepositories',
          Entity: { Type: 'ContainerProduct@1.0', Identifier: 'prod-abcdefghijklm' },
        },
      ],
    });
    const cmd = buildCliCommand(req);
    expect(cmd).toMatch(/^aws marketplace-catalog start-change-set/);
    const arg = /--change-set '(.*)' \\/.exec(cmd)![1]!;
    const parsed = JSON.parse(arg) as Array<{ Details: string }>;
    expect(JSON.parse(parsed[0]!.Details)).toEqual(change(addRepos).DetailsDocument);
  });
});
