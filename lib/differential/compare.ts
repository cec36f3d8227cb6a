import type { Finding } from '@/lib/policy';
import { CODE_TABLE } from '@/lib/draft/codes/registry';
import type { ServiceOutcome } from './service';

/*
 * The comparison itself, pure so it can be tested on made-up answers. Only codes the code table says
 * a rule decides are compared: the others (chart contents, registry contents, AWS-wide data) are
 * outside what the checklist claims.
 */

/** Codes the checklist claims to decide before submission (code-table status "rule"). */
export const DECIDED_CODES: ReadonlySet<string> = new Set(
  CODE_TABLE.filter((e) => e.status === 'rule').map((e) => e.code),
);

/**
 * A disagreement on one request about one decided code.
 * A: the checklist passed (no error finding) but the service failed with the code.
 * B: the service raised the code and no checklist finding carries it.
 * C: the checklist blocks with the code, and the service judged the change set without raising it;
 *    a blocking rule that names no code counts too when the service accepted the change set, as
 *    "rule:<id>" (nothing else could tell that the service let through what the checklist refuses).
 */
export type Direction = 'A' | 'B' | 'C';
export interface Divergence {
  direction: Direction;
  code: string;
}

export function compare(findings: readonly Finding[], outcome: ServiceOutcome): Divergence[] {
  // A request refused at StartChangeSet never reached the asynchronous checks: nothing to compare.
  if (outcome.kind !== 'settled') return [];
  const raised = outcome.status === 'FAILED' ? outcome.codes.filter((c) => DECIDED_CODES.has(c)) : [];
  const reported = new Set(findings.map((f) => f.code));
  const errors = findings.filter((f) => f.severity === 'error');
  const blocking = [...new Set(errors.map((f) => f.code))].filter(
    (c): c is string => c !== undefined && DECIDED_CODES.has(c) && !outcome.codes.includes(c),
  );
  const uncoded =
    outcome.status === 'SUCCEEDED'
      ? errors.filter((f) => f.code === undefined).map((f) => `rule:${f.rule}`)
      : [];
  return [
    ...(errors.length === 0 ? raised.map((code) => ({ direction: 'A' as const, code })) : []),
    ...raised.filter((c) => !reported.has(c)).map((code) => ({ direction: 'B' as const, code })),
    ...[...blocking, ...new Set(uncoded)].sort().map((code) => ({ direction: 'C' as const, code })),
  ];
}
