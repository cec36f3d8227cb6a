import type { DeliveryOptionView, ProductDetail, VersionView } from './types';

type J = Record<string, unknown>;
const obj = (v: unknown): J => (v && typeof v === 'object' && !Array.isArray(v) ? (v as J) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strs = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === 'string');

/** Parses a DescribeEntity answer for a ContainerProduct into ProductDetail. Tolerates missing fields. */
export function parseProductEntity(input: {
  EntityIdentifier?: string;
  EntityArn?: string;
  LastModifiedDate?: string;
  Details?: string;
  DetailsDocument?: unknown;
}): ProductDetail {
  const [id = '', revision = ''] = (input.EntityIdentifier ?? '').split('@');
  let doc: unknown = input.DetailsDocument;
  if (doc === undefined && input.Details) {
    try {
      doc = JSON.parse(input.Details);
    } catch {
      doc = {};
    }
  }
  const d = obj(doc);
  const description = obj(d.Description);
  return {
    id,
    revision,
    arn: input.EntityArn ?? '',
    lastModified: input.LastModifiedDate ?? '',
    title: str(description.ProductTitle) || `Untitled - ${id}`,
    visibility: str(description.Visibility) || 'Draft',
    productState: str(description.ProductState),
    shortDescription: str(description.ShortDescription),
    repositories: arr(d.Repositories).map((r) => {
      const url = str(obj(r).Url);
      return { url, name: url.split('/').pop() ?? url };
    }),
    versions: arr(d.Versions).map(parseVersion),
    detailsDocument: doc ?? {},
  };
}

function parseVersion(v: unknown): VersionView {
  const version = obj(v);
  const sources = new Map(arr(version.Sources).map((s) => [str(obj(s).Id), obj(s)]));
  return {
    id: str(version.Id),
    title: str(version.VersionTitle),
    releaseNotes: str(version.ReleaseNotes),
    creationDate: str(version.CreationDate),
    deliveryOptions: arr(version.DeliveryOptions).map((o) => parseOption(obj(o), sources)),
  };
}

function parseOption(o: J, sources: Map<string, J>): DeliveryOptionView {
  const source = sources.get(str(o.SourceId)) ?? {};
  const compat = obj(o.Compatibility);
  return {
    id: str(o.Id),
    type: str(o.Type),
    title: str(o.Title),
    visibility: str(o.Visibility),
    shortDescription: str(o.ShortDescription),
    usageInstructions: str(obj(o.Instructions).Usage),
    images: strs(source.Images),
    helmChartUri: str(source.HelmChartUri) || undefined,
    compatibleServices: strs(compat.AWSServices),
    kubernetesVersions: strs(compat.KubernetesVersions),
    architectures: strs(compat.Architectures),
    deploymentResources: arr(obj(o.Recommendations).DeploymentResources).map((r) => ({
      name: str(obj(r).Text),
      url: str(obj(r).Url),
    })),
    releaseName: str(o.ReleaseName) || undefined,
    namespace: str(o.Namespace) || undefined,
    serviceAccount: str(o.MarketplaceServiceAccountName) || undefined,
    quickLaunchEnabled: typeof o.QuickLaunchEnabled === 'boolean' ? o.QuickLaunchEnabled : undefined,
    overrideParameters: arr(o.OverrideParameters).map((p) => {
      const meta = obj(obj(p).Metadata);
      return {
        key: str(obj(p).Key),
        defaultValue: str(obj(p).Default) || undefined,
        label: str(meta.Label) || undefined,
        description: str(meta.Description) || undefined,
        obfuscate: typeof meta.Obfuscate === 'boolean' ? meta.Obfuscate : undefined,
      };
    }),
    addOnName: str(o.AddOnName) || undefined,
    addOnVersion: str(o.AddOnVersion) || undefined,
    addOnType: str(o.AddOnType) || undefined,
    environmentOverrideParameters: arr(o.EnvironmentOverrideParameters).map((p) => ({
      key: str(obj(p).Key),
      value: str(obj(p).Value),
    })),
  };
}
