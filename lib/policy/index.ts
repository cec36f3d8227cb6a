/**
 * The policy engine: a pure rule catalog shared by the wizard panel, the server gate, the CLI and
 * tests. Imports zod and itself only.
 */
export type {
  Severity,
  ChangeType,
  DeliveryMethod,
  RuleMeta,
  RuleSource,
  Finding,
  ChartAnalysis,
} from './types';
export type { Evaluation, RuleResult, RuleStatus, Attestation } from './rule';
export type { PolicyContext, ChangeSetRequest, ChangeInput, PricingContext } from './context';
export { evaluate } from './evaluate';
export { checkRequest, type CheckResult } from './check-request';
export { RULES } from './catalog';
export { renderRuleTableMarkdown, type CodeRow } from './rule-table';
export {
  parseProductSnapshot,
  productSnapshotSchema,
  type ProductSnapshot,
  type SnapshotResult,
} from './snapshot';
