/** Shapes of the ContainerProduct@1.0 entity document as DescribeEntity returns it (reference §8). */
export interface Source {
  Type: 'DockerImages' | 'HelmChart';
  Id: string;
  Images?: string[];
  HelmChartUri?: string;
  Compatibility?: { Platform: string };
}

export interface DeliveryOption {
  Id: string;
  Type: 'ElasticContainerRegistry' | 'Helm' | 'EksAddOn';
  SourceId: string;
  Title: string;
  ShortDescription?: string;
  isRecommended?: boolean;
  Compatibility?: { AWSServices?: string[]; KubernetesVersions?: string[]; Architectures?: string[] };
  Instructions?: { Usage?: string };
  Recommendations?: { DeploymentResources?: { Text: string; Url: string }[] };
  Visibility: string;
  [key: string]: unknown;
}

export interface Version {
  Id: string;
  VersionTitle: string;
  ReleaseNotes: string;
  UpgradeInstructions?: string | null;
  CreationDate: string;
  Sources: Source[];
  DeliveryOptions: DeliveryOption[];
}

export interface ProductDoc {
  Versions: Version[];
  Repositories: { Url: string; Type: 'ECR' }[];
  Description: Record<string, unknown> & {
    ProductTitle: string | null;
    Visibility: string;
    ProductState: string;
  };
  PromotionalResources: Record<string, unknown>;
  SupportInformation: Record<string, unknown>;
  Dimensions: { Key: string; Name: string; Description?: string; Unit: string; Types: string[] }[];
  Targeting: { PositiveTargeting: { BuyerAccounts: string[] } };
  [key: string]: unknown;
}

export interface ErrorDetail {
  ErrorCode: string;
  ErrorMessage: string;
}

export interface ImageInfo {
  digest: string;
  vulnerable: boolean;
}

/** What a change handler may know besides the product itself; all of it is read before evaluation. */
export interface EvalContext {
  now: Date;
  /** Pushed tags: key `${repositoryUrl}:${tag}`. */
  images: Map<string, ImageInfo>;
  /** AddOnName → the product that already uses it (for DUPLICATE_ADDON_NAME). */
  addonOwners: Map<string, string>;
  /** Base URL for SCAN_ERROR findings files. */
  findingsBase: string;
  newId(): string;
}

export type ChangeHandler = (
  ctx: EvalContext,
  product: ProductDoc,
  details: unknown,
  entityId: string,
) => ErrorDetail[];
