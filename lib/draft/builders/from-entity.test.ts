import { describe, expect, it } from 'vitest';
import entity from '@/lib/policy/fixtures/describe-entity.json';
import { buildUpdateDetails } from './update';
import { baselineOf, entityVersionsOf, optionTemplates } from './from-entity';
import { emptyWizardForm } from '../form';

const doc = entity.DetailsDocument;
const versionId = '0b8f5a2e-9d1c-4e7a-8f00-3c2b1a0d9e11';

describe('DescribeEntity → form state, through each field’s entity path', () => {
  it('reads a version’s options, resolving images and chart from their source', () => {
    const [ecr, , helm, addon] = entityVersionsOf(doc)[0]!.options;
    expect(ecr).toMatchObject({
      id: 'example1-2222-cccc-2222-cccccccccccc',
      method: 'ecr',
      title: 'Old container image option',
      description: 'Old',
      usage: 'Old usage',
      services: ['EKS'],
      images: ['111122223333.dkr.ecr.us-east-1.amazonaws.com/sellername/reponame1:1.0'],
    });
    expect(helm).toMatchObject({
      method: 'helm',
      helmChartUri: '111122223333.dkr.ecr.us-east-1.amazonaws.com/sellername/helmname:1.0.0',
    });
    expect(addon).toMatchObject({
      method: 'eks-addon',
      addOnName: 'sellername_aws-mp-test',
      addOnVersion: '1.0.0',
      addOnType: 'networking',
      namespace: 'my-test-namespace',
      k8sVersions: ['1.25'],
      architectures: ['amd64', 'arm64'],
      services: [],
    });
  });

  it('gives a baseline an unedited Update form sends nothing against', () => {
    const baseline = baselineOf(doc, versionId)!;
    expect(baseline.versionTitle).toBe('Version 1.1');
    const form = {
      ...emptyWizardForm('UpdateDeliveryOptions'),
      baseline,
      versionTitle: baseline.versionTitle,
      releaseNotes: baseline.releaseNotes,
      options: baseline.options,
    };
    expect(buildUpdateDetails(form).doc).toEqual({});
    expect(baselineOf(doc, 'no-such-version')).toBeUndefined();
  });

  it('offers every earlier option as a template without its Id', () => {
    const t = optionTemplates(doc);
    expect(t.map((x) => x.label)).toContain('Version 1.1 — Helm chart');
    expect(t.every((x) => x.option.id === undefined)).toBe(true);
  });
});
