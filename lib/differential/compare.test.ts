import { describe, expect, it } from 'vitest';
import { evaluate, type Finding } from '@/lib/policy';
import { compare, DECIDED_CODES } from './compare';
import { ruleProbes } from './requests';

/*
 * The harness is not vacuous: altering one side's answer on a request where both agree makes the
 * comparison report the divergence, in each direction.
 */
const probe = ruleProbes().find((p) => p.name === 'rule services-unique (fail)')!;
const findings: Finding[] = evaluate({ request: probe.request }).findings;
const CODE = 'DUPLICATE_COMPATIBLE_AWS_SERVICES';
const failed = (codes: string[]) => ({ kind: 'settled' as const, status: 'FAILED', codes });

describe('the comparison', () => {
  it('agrees when the service fails with the code the checklist reports', () => {
    expect(findings.map((f) => f.code)).toContain(CODE);
    expect(compare(findings, failed([CODE]))).toEqual([]);
  });

  it('reports B when a checklist finding is dropped, and A when none is left', () => {
    const dropped = findings.filter((f) => f.code !== CODE);
    expect(compare(dropped, failed([CODE]))).toContainEqual({ direction: 'B', code: CODE });
    expect(compare([], failed([CODE]))).toEqual([
      { direction: 'A', code: CODE },
      { direction: 'B', code: CODE },
    ]);
  });

  it('reports C when a fake service answer accepts what the checklist blocks', () => {
    expect(compare(findings, { kind: 'settled', status: 'SUCCEEDED', codes: [] })).toContainEqual({
      direction: 'C',
      code: CODE,
    });
  });

  it('ignores codes no rule decides and requests refused before any check', () => {
    expect(DECIDED_CODES.has('SCAN_ERROR')).toBe(false);
    expect(compare([], failed(['SCAN_ERROR']))).toEqual([]);
    expect(compare([], { kind: 'refused', error: 'ValidationException' })).toEqual([]);
  });
});
