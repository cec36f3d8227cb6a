/**
 * Shared types of the policy engine. `lib/policy` is pure: it imports zod and itself only, and runs
 * unchanged in the browser, on the server, in the CLI and in tests.
 */

/** error blocks submission; warning informs; manual is an attestation a person gives. */
export type Severity = 'error' | 'warning' | 'manual';

/** The change types Wharf builds for ContainerProduct@1.0. */
export type ChangeType =
  | 'AddRepositories'
  | 'AddDeliveryOptions'
  | 'UpdateDeliveryOptions'
  | 'RestrictDeliveryOptions'
  | 'UpdateDeliveryOptionsVisibility'
  | 'UpdateInformation';

/** The change types the wizards build: every ChangeType but UpdateInformation. */
export const WIZARD_CHANGE_TYPES = [
  'AddRepositories',
  'AddDeliveryOptions',
  'UpdateDeliveryOptions',
  'RestrictDeliveryOptions',
  'UpdateDeliveryOptionsVisibility',
] as const satisfies readonly ChangeType[];

/** A StartChangeSet request body as Wharf builds it (DetailsDocument form, reference §4.1). */
export interface StartChangeSetRequest {
  Catalog: 'AWSMarketplace';
  ChangeSetName?: string;
  ChangeSet: Array<{
    ChangeType: string;
    ChangeName?: string;
    Entity: { Type: string; Identifier?: string };
    DetailsDocument: unknown;
  }>;
  ChangeSetTags?: { Key: string; Value: string }[];
}

export type DeliveryMethod = 'ecr' | 'helm' | 'eks-addon';

/** Where a rule comes from: a seed document section, or the AWS asynchronous error code it prevents. */
export interface RuleSource {
  /** e.g. "000 §8.1" (ClairAI policies), "001 AddDeliveryOptions" (Catalog API guide). */
  document: string;
  /** The AWS asynchronous error code the rule prevents, when there is one. */
  code?: string;
}

/** Catalog metadata of one rule (what the rule table lists). */
export interface RuleMeta {
  /** Stable id, kebab-case, never reused: e.g. "image-no-latest-tag". */
  id: string;
  title: string;
  /** Checklist section, e.g. "Images", "Helm chart", "EKS add-on", "Usage instructions". */
  section: string;
  severity: Severity;
  source: RuleSource;
  changeTypes: readonly ChangeType[];
  methods: readonly DeliveryMethod[] | 'all';
  /** Field path pattern the rule concerns, e.g. "DeliveryOptions[].Details.*.ContainerImages[]". */
  field: string;
  /** How to fix a failure, in plain language. */
  fix: string;
}

/**
 * One result of evaluating a rule against one place in the request. `path` is a JSON path into the
 * StartChangeSet request, e.g. "ChangeSet[0].DetailsDocument.DeliveryOptions[1].Details.HelmDeliveryOptionDetails.ContainerImages[2]".
 */
export interface Finding {
  rule: string;
  /** The AWS error code the rule prevents (when there is one). */
  code?: string;
  severity: Severity;
  path: string;
  message: string;
  fix?: string;
  /** File and line, for findings from chart analysis. */
  location?: { file: string; line?: number };
}

/** Result of analysing a Helm chart (filled by lib/chart, consumed by the checklist). */
export interface ChartAnalysis {
  chart: { name?: string; version?: string; apiVersion?: string };
  /** Every image reference the chart renders, as registry/repository:tag. */
  images: string[];
  findings: Finding[];
  /** Ids of the chart rules that ran (so passed ones can be listed too). */
  rulesRun: string[];
  /** Titles of those rules, so the checklist can name them (lib/policy cannot import lib/chart). */
  ruleTitles?: Record<string, string>;
}
