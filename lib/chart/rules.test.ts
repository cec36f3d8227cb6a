import { describe, expect, it } from 'vitest';
import { CHART_RULES } from './rules';

/** The Helm asynchronous error codes of the Catalog API guide (seed 001). */
const SEED_001_HELM_CODES = new Set([
  'INVALID_HELM_CHART_URI',
  'INCOMPATIBLE_HELM_OBJECTS',
  'INVALID_DEPENDENT_HELM_CHARTS',
  'INVALID_HELM_SENSITIVE_CONFIG',
  'INVALID_HELM_UNDECLARED_IMAGES',
  'INVALID_HELM_CHART_IMAGES',
  'INVALID_HELM_LINT',
  'INVALID_HELM_TEMPLATE',
  'INVALID_HELM_CHART',
]);

describe('CHART_RULES', () => {
  it('has unique kebab-case ids in the Helm chart section', () => {
    const ids = CHART_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CHART_RULES) {
      expect(r.id).toMatch(/^chart-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.section).toBe('Helm chart');
      expect(r.fix.length).toBeGreaterThan(20);
      expect(r.source.document).not.toBe('');
    }
  });

  it('cites only the Helm error codes of seed 001', () => {
    for (const r of CHART_RULES) if (r.source.code) expect(SEED_001_HELM_CODES.has(r.source.code)).toBe(true);
  });

  it('covers every Helm error code of seed 001', () => {
    expect(new Set(CHART_RULES.flatMap((r) => r.source.code ?? []))).toEqual(SEED_001_HELM_CODES);
  });

  it('marks the INCOMPATIBLE_HELM_OBJECTS rules as EKS add-on only', () => {
    for (const r of CHART_RULES.filter((x) => x.source.code === 'INCOMPATIBLE_HELM_OBJECTS'))
      expect(r.methods).toEqual(['eks-addon']);
  });
});
