import { describe, expect, it } from 'vitest';
import seed001 from '@/lib/policy/fixtures/seed-001.txt?raw';
import { RULES } from '@/lib/policy';
import { fieldIds } from '../fields/ids';
import { CODE_TABLE, CODES } from './registry';

/* The error tables of seed 001 put each code on a line of its own; one entry also names an alias
   in parentheses: INCOMPATIBLE_HELM_OBJECTS(INVALID_HELM_OBJECTS). */
function seedCodes(text: string): Set<string> {
  const codes = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Z][A-Z0-9_]+)(?:\(([A-Z0-9_]+)\))?$/.exec(line.trim());
    if (!m) continue;
    codes.add(m[1] as string);
    if (m[2]) codes.add(m[2]);
  }
  return codes;
}

/* Upper-case identifiers in the seed that are placeholders or substitution names, not error codes. */
const NOT_CODES = new Set([
  'AWSMP_LICENSE_SECRET',
  'AWSMP_SERVICE_ACCOUNT',
  'AWS_EKS_CLUSTER_NAME',
  'AWS_REGION',
  'CONTAINER_IMAGE_TAG_REGEX',
  'EKS_ADD_ON_NAMESPACE_REGEX',
  'EKS_DO',
  'HELM_RELEASE_PARAM_REGEX',
]);

describe('the code registry', () => {
  const table = new Map(CODE_TABLE.map((e) => [e.code, e]));

  it('covers every error code listed in seed 001', () => {
    const codes = seedCodes(seed001);
    expect(codes.size).toBeGreaterThan(75);
    expect([...codes].filter((c) => !table.has(c))).toEqual([]);
  });

  it('covers every upper-case identifier of seed 001 that is not a placeholder', () => {
    const ids = new Set(seed001.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g) ?? []);
    expect([...ids].filter((c) => !table.has(c) && !NOT_CODES.has(c))).toEqual([]);
  });

  it('lists nothing that is not in seed 001', () => {
    const codes = seedCodes(seed001);
    expect(CODE_TABLE.filter((e) => !codes.has(e.code)).map((e) => e.code)).toEqual([]);
  });

  it('names existing rules for every code decided by a rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const e of CODE_TABLE.filter((x) => x.status === 'rule')) {
      expect(e.ruleIds.length, e.code).toBeGreaterThan(0);
      for (const id of e.ruleIds) expect(ids.has(id)).toBe(true);
    }
  });

  it('gives advice for every code that is not decided before submission', () => {
    for (const e of CODE_TABLE.filter((x) => x.status !== 'rule'))
      expect(e.advice.length, e.code).toBeGreaterThan(10);
  });

  it('every code a rule names appears in the table', () => {
    for (const r of RULES) if (r.source.code) expect(table.has(r.source.code), r.id).toBe(true);
  });

  it('marks the chart-content codes as checked by the chart preflight', () => {
    for (const c of ['INVALID_HELM_LINT', 'INVALID_HELM_TEMPLATE', 'INCOMPATIBLE_HELM_OBJECTS'])
      expect(table.get(c)?.status).toBe('chart-preflight');
    for (const c of ['SCAN_ERROR', 'AUDIT_ERROR', 'IMAGE_INACCESSIBLE', 'DUPLICATE_ADDON_NAME'])
      expect(table.get(c)?.status).toBe('not-decidable');
  });

  it('names a field registry id and a one-sentence explanation for every code', () => {
    const ids = new Set(fieldIds());
    for (const [code, c] of Object.entries(CODES)) {
      expect(ids.has(c.field), `${code} → ${c.field}`).toBe(true);
      expect(c.explanation, code).toMatch(/^[A-Z].{15,}\.$/);
    }
  });

  it('gives an alias only to a code whose alias is decided by rules', () => {
    for (const [code, c] of Object.entries(CODES))
      if (c.alias) expect(CODES[c.alias]?.decided, code).toBe('rule');
  });
});
