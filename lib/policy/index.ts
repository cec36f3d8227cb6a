/**
 * The policy engine: a pure rule catalog shared by the wizard panel, the server gate, the CLI and
 * tests. Imports zod and itself only.
 */
export { WIZARD_CHANGE_TYPES, type StartChangeSetRequest } from './types';
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
export { checkRequest, type CheckResult, type RequestInput } from './check-request';
export { pricingOf } from './pricing';
export { RULES } from './catalog';
export { ISV_TESTED_RULE } from './rules/manual';
export { renderRuleTableMarkdown, type CodeRow } from './rule-table';
export {
  parseProductSnapshot,
  productSnapshotSchema,
  type ProductSnapshot,
  type SnapshotResult,
} from './snapshot';
