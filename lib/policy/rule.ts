import type { ChangeType, DeliveryMethod, Finding, RuleMeta, Severity } from './types';
import type { Indexed, OptionTarget, ChangeTarget } from './context';

/** Records one failure of the running rule at a request path. */
export type Report = (path: string, message: string) => void;

/**
 * A rule's check. Returning `false` says "not applicable to this target" (e.g. it needs the product
 * snapshot and there is none); a rule none of whose targets apply is reported as `n/a`.
 */
export type Check<T> = (target: T, ix: Indexed, report: Report) => void | boolean;

interface RuleBase extends RuleMeta {
  /** For manual rules: does a missing attestation block submission? Defaults to true. */
  required?: boolean;
}

/** A rule run once per delivery option of a matching change. */
export interface OptionRule extends RuleBase {
  scope: 'option';
  check: Check<OptionTarget>;
}

/** A rule run once per matching change. */
export interface ChangeRule extends RuleBase {
  scope: 'change';
  check: Check<ChangeTarget>;
}

/** A rule run once per request (cross-change checks). */
export interface RequestRule extends RuleBase {
  scope: 'request';
  check: Check<Indexed>;
}

/**
 * An attestation a person gives. It applies when a matching change (and delivery method) is present
 * and `when` (if given) holds; it is satisfied by an entry in `ctx.attestations`.
 */
export interface ManualRule extends RuleBase {
  scope: 'manual';
  severity: 'manual';
  when?: (ix: Indexed) => boolean;
}

/** A rule of the catalog: its metadata plus how it runs. */
export type Rule = OptionRule | ChangeRule | RequestRule | ManualRule;

/** Status of one rule in one evaluation. */
export type RuleStatus = 'pass' | 'fail' | 'warn' | 'manual' | 'attested' | 'n/a';

/** One rule's outcome. */
export interface RuleResult {
  rule: RuleMeta;
  status: RuleStatus;
  findings: Finding[];
  /** Manual rules only: who attested and when. */
  attestation?: Attestation;
  /** Manual rules only: whether a missing attestation blocks submission. */
  required?: boolean;
}

/** Who ticked a manual item, and when (ISO timestamp). */
export interface Attestation {
  by: string;
  at: string;
}

/** The result of `evaluate`. */
export interface Evaluation {
  findings: Finding[];
  results: RuleResult[];
  counts: { passed: number; failed: number; warnings: number; manual: number };
  /** True while an error finding stands or a required attestation is missing. */
  blocking: boolean;
}

export type { ChangeType, DeliveryMethod, Severity };

/** The methods list shorthand used by rule files. */
export const ALL_METHODS = 'all' as const;
export const HELMISH: readonly DeliveryMethod[] = ['helm', 'eks-addon'];
export const ADD_UPDATE: readonly ChangeType[] = ['AddDeliveryOptions', 'UpdateDeliveryOptions'];

/** Identity helpers that give a rule literal its exact type inside mixed-scope arrays. */
export const requestRule = (r: RequestRule): RequestRule => r;
export const changeRule = (r: ChangeRule): ChangeRule => r;
export const optionRule = (r: OptionRule): OptionRule => r;
