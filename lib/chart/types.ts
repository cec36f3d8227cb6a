/** A chart as an in-memory file map: path relative to the chart root → UTF-8 text. */
export type ChartFiles = ReadonlyMap<string, string>;

/** What the delivery option says about the chart, and how strictly to check it. */
export interface AnalyzeOptions {
  /** The chart is delivered as an Amazon EKS add-on (enables the INCOMPATIBLE_HELM_OBJECTS rules). */
  addon?: boolean;
  /** The delivery option's ContainerImages. When omitted the declared-image rules are skipped. */
  declaredImages?: string[];
  /** The delivery option's HelmChartUri. When omitted the version/tag rule is skipped. */
  helmChartUri?: string;
  /**
   * The registry host every image must live in: an exact host, or a pattern tested against the host.
   * Default: the AWS Marketplace ECR registry, 709825985650.dkr.ecr.<region>.amazonaws.com.
   */
  marketplaceRegistry?: RegExp | string;
}

export const DEFAULT_MARKETPLACE_REGISTRY = /^709825985650\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/;
