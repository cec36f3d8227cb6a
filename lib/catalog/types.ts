/** Wharf's own view of Catalog API data. Nothing outside lib/catalog sees SDK types. */

export interface ProductSummary {
  id: string;
  title: string;
  visibility: string;
  lastModified: string;
  arn: string;
}

export interface DeliveryOptionView {
  id: string;
  /** ElasticContainerRegistry | Helm | EksAddOn */
  type: string;
  title: string;
  visibility: string;
  shortDescription: string;
  usageInstructions: string;
  images: string[];
  helmChartUri?: string;
  compatibleServices: string[];
  kubernetesVersions: string[];
  architectures: string[];
  deploymentResources: { name: string; url: string }[];
  releaseName?: string;
  namespace?: string;
  serviceAccount?: string;
  quickLaunchEnabled?: boolean;
  overrideParameters: {
    key: string;
    defaultValue?: string;
    label?: string;
    description?: string;
    obfuscate?: boolean;
  }[];
  addOnName?: string;
  addOnVersion?: string;
  addOnType?: string;
  environmentOverrideParameters: { key: string; value: string }[];
}

export interface VersionView {
  id: string;
  title: string;
  releaseNotes: string;
  creationDate: string;
  deliveryOptions: DeliveryOptionView[];
}

export interface RepositoryView {
  url: string;
  /** Last path segment (what the seller typed in AddRepositories). */
  name: string;
}

export interface ProductDetail {
  id: string;
  revision: string;
  arn: string;
  lastModified: string;
  title: string;
  visibility: string;
  productState: string;
  shortDescription: string;
  repositories: RepositoryView[];
  versions: VersionView[];
  /** The DescribeEntity DetailsDocument as AWS returned it (for the policy engine's snapshot). */
  detailsDocument: unknown;
}

export type ChangeSetStatus = 'PREPARING' | 'APPLYING' | 'SUCCEEDED' | 'CANCELLED' | 'FAILED';

export interface ChangeSetSummary {
  id: string;
  arn: string;
  name: string;
  status: ChangeSetStatus;
  failureCode?: string;
  startTime?: string;
  endTime?: string;
  entityIds: string[];
}

export interface ChangeView {
  changeType: string;
  changeName?: string;
  entityType: string;
  entityId: string;
  details: unknown;
  errors: { code: string; message: string }[];
}

export interface ChangeSetDetail extends ChangeSetSummary {
  intent?: string;
  failureDescription?: string;
  changes: ChangeView[];
}
