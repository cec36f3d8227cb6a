/* Builders of valid requests and snapshots for the policy tests: each test changes one thing. */
import type { PolicyContext } from '../context';
import type { ProductSnapshot } from '../snapshot';
import { parseProductSnapshot } from '../snapshot';

export const REG = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
export const img = (repo = 'app', tag = '1.4.0') => `${REG}/seller/${repo}:${tag}`;

export const USAGE = [
  'Deploy: helm install app oci://chart -f values.yaml.',
  'Health: kubectl get pods and check /healthz; read logs with kubectl logs.',
  'Upgrade: helm upgrade with your values file. Rollback: helm rollback app.',
  'Backup: back up values.yaml and secrets. Uninstall: helm uninstall app.',
  'Support: contact support through AWS Marketplace.',
].join('\n');

type Obj = Record<string, unknown>;

export function ecr(over: Obj = {}): Obj {
  return {
    Description: 'Container images',
    UsageInstructions: USAGE,
    ContainerImages: [img()],
    CompatibleServices: ['EKS'],
    ...over,
  };
}

export function helm(over: Obj = {}): Obj {
  return {
    Description: 'Helm chart',
    UsageInstructions: USAGE,
    ContainerImages: [img()],
    CompatibleServices: ['EKS'],
    HelmChartUri: img('chart', '1.4.0'),
    ReleaseName: 'app',
    Namespace: 'app',
    OverrideParameters: [
      {
        Key: 'global.region',
        DefaultValue: 'us-east-1',
        Metadata: { Label: 'Region', Description: 'AWS Region' },
      },
    ],
    ...over,
  };
}

export function addon(over: Obj = {}): Obj {
  return {
    Description: 'Add-on',
    UsageInstructions: USAGE,
    ContainerImages: [img()],
    HelmChartUri: img('chart', '1.4.0'),
    AddOnName: 'app',
    AddOnVersion: '1.4.0',
    AddOnType: 'observability',
    CompatibleKubernetesVersions: ['1.30', '1.31'],
    SupportedArchitectures: ['amd64', 'arm64'],
    Namespace: 'app-ns',
    EnvironmentOverrideParameters: [{ Key: 'region', Value: '${AWS_REGION}' }],
    ...over,
  };
}

const KEY = {
  ecr: 'EcrDeliveryOptionDetails',
  helm: 'HelmDeliveryOptionDetails',
  addon: 'EksAddOnDeliveryOptionDetails',
} as const;

/** A delivery option of AddDeliveryOptions. */
export function opt(kind: keyof typeof KEY, details: Obj = {}, top: Obj = {}): Obj {
  const make = kind === 'ecr' ? ecr : kind === 'helm' ? helm : addon;
  return { DeliveryOptionTitle: `${kind} option`, Details: { [KEY[kind]]: make(details) }, ...top };
}

/** A delivery option of UpdateDeliveryOptions (fields as given, title inside Details). */
export function updOpt(id: string, kind: keyof typeof KEY, details: Obj): Obj {
  return { Id: id, Details: { [KEY[kind]]: details } };
}

export function change(type: string, details: unknown, id = 'prod-abcdefghijklm'): Obj {
  return {
    ChangeType: type,
    Entity: { Type: 'ContainerProduct@1.0', Identifier: id },
    DetailsDocument: details,
  };
}

export function request(...changes: Obj[]): { Catalog: string; ChangeSet: Obj[] } {
  return { Catalog: 'AWSMarketplace', ChangeSet: changes };
}

/** AddDeliveryOptions with the given options (default: one Helm option). */
export function add(
  options: Obj[] = [opt('helm')],
  version: Obj = { VersionTitle: '1.4.0', ReleaseNotes: 'Fixes' },
): Obj {
  return change('AddDeliveryOptions', { Version: version, DeliveryOptions: options });
}

export function update(options: Obj[], version?: Obj): Obj {
  return change(
    'UpdateDeliveryOptions',
    version ? { Version: version, DeliveryOptions: options } : { DeliveryOptions: options },
  );
}

/** A product snapshot: Limited unless told otherwise, one version "1.3.0" with one option of each kind. */
export function snapshot(
  over: { visibility?: string; options?: Obj[]; repos?: string[]; versions?: Obj[] } = {},
): ProductSnapshot {
  const options = over.options ?? [
    {
      Id: 'do-ecr',
      Type: 'ElasticContainerRegistry',
      SourceId: 's1',
      Title: 'Images',
      ShortDescription: 'Images',
      Visibility: 'Public',
      Compatibility: { AWSServices: ['EKS'] },
      Instructions: { Usage: 'old' },
    },
    {
      Id: 'do-helm',
      Type: 'Helm',
      SourceId: 's1',
      Title: 'Chart',
      ShortDescription: 'Chart',
      Visibility: 'Public',
      Instructions: { Usage: 'old' },
    },
    {
      Id: 'do-addon',
      Type: 'EksAddOn',
      SourceId: 's1',
      Title: 'Add-on',
      Visibility: 'Limited',
      AddOnName: 'seller_app',
      DisplayAddOnName: 'app',
      AddOnType: 'observability',
      Namespace: 'app-ns',
      AddOnVersion: '1.3.0',
    },
  ];
  const versions = over.versions ?? [
    {
      Id: 'v1',
      VersionTitle: '1.3.0',
      ReleaseNotes: 'Old',
      Sources: [{ Id: 's1', Type: 'DockerImages', Images: [img('app', '1.3.0')] }],
      DeliveryOptions: options,
    },
  ];
  const doc = {
    Versions: versions,
    Repositories: (over.repos ?? ['app', 'chart']).map((r) => ({ Url: `${REG}/seller/${r}`, Type: 'ECR' })),
    Description: { ProductTitle: 'App', Visibility: over.visibility ?? 'Limited', ProductState: 'Active' },
  };
  const parsed = parseProductSnapshot(doc);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

export function ctx(req: unknown, extra: Partial<PolicyContext> = {}): PolicyContext {
  return { request: req, ...extra };
}
