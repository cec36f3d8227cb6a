import { describe, expect, it } from 'vitest';
import { MANUAL_RULES } from '@/lib/policy/rules/manual';
import {
  CONTRADICTIONS,
  contradictionsOf,
  needsImageScans,
  type ContradictionEvidence,
} from './contradictions';

const none: ContradictionEvidence = { chartFindings: [], images: [] };
const chart = (rule: string, file = 'templates/a.yaml', line = 7): ContradictionEvidence => ({
  chartFindings: [{ rule, message: 'it is wrong', location: { file, line } }],
  images: [],
});

/* One case per entry: the evidence that contradicts it, and the same kind of evidence about another rule. */
const CASES: Record<string, { contradicts: ContradictionEvidence; evidence: string }> = {
  'attest-helm-no-hardcoded-images': {
    contradicts: chart('chart-image-not-hardcoded', 'templates/backend-deployment.yaml', 16),
    evidence: 'templates/backend-deployment.yaml:16: it is wrong',
  },
  'attest-helm-values-images': {
    contradicts: chart('chart-values-image-variables'),
    evidence: 'templates/a.yaml:7: it is wrong',
  },
  'attest-helm-lint-template': {
    contradicts: chart('chart-template-syntax'),
    evidence: 'templates/a.yaml:7: it is wrong',
  },
  'attest-secrets-as-references': {
    contradicts: chart('chart-values-no-raw-secrets', 'values.yaml', 3),
    evidence: 'values.yaml:3: it is wrong',
  },
  'attest-images-scanned': {
    contradicts: {
      chartFindings: [],
      images: [
        { image: 'r/app:1', scan: 'clean' },
        { image: 'r/app:2', scan: 'findings' },
        { image: 'r/app:3', scan: 'unknown' },
      ],
    },
    evidence: 'r/app:2',
  },
};

describe('contradicted confirmations', () => {
  it('every entry names a manual rule and has a case', () => {
    const manual = new Set(MANUAL_RULES.map((r) => r.id));
    for (const c of CONTRADICTIONS) expect(manual.has(c.rule), c.rule).toBe(true);
    expect(Object.keys(CASES).sort()).toEqual(CONTRADICTIONS.map((c) => c.rule).sort());
  });

  for (const [rule, c] of Object.entries(CASES)) {
    it(`${rule}: contradicted by its evidence, naming it; not by no evidence or other rules' evidence`, () => {
      const [found] = contradictionsOf([rule], c.contradicts);
      expect(found?.rule).toBe(rule);
      expect(found?.evidence).toEqual([c.evidence]);
      expect(found?.message).toContain(c.evidence);
      expect(contradictionsOf([rule], none)).toEqual([]);
      expect(contradictionsOf([rule], chart('chart-images-regionalized'))).toEqual([]);
    });
  }

  it('an image is contradicting only when its scan shows findings', () => {
    const ev = (scan: 'clean' | 'not-pushed' | 'unknown') => ({
      chartFindings: [],
      images: [{ image: 'x', scan }],
    });
    for (const s of ['clean', 'not-pushed', 'unknown'] as const)
      expect(contradictionsOf(['attest-images-scanned'], ev(s))).toEqual([]);
  });

  it('rules outside the table are never contradicted; only the scan rule needs the registry', () => {
    expect(contradictionsOf(['attest-non-root'], CASES['attest-images-scanned']!.contradicts)).toEqual([]);
    expect(needsImageScans(['attest-helm-no-hardcoded-images'])).toBe(false);
    expect(needsImageScans(['attest-non-root', 'attest-images-scanned'])).toBe(true);
  });

  it('several findings: the message names the first and how many more', () => {
    const ev: ContradictionEvidence = {
      chartFindings: [
        {
          rule: 'chart-image-not-hardcoded',
          message: 'a.yaml:1: one',
          location: { file: 'a.yaml', line: 1 },
        },
        { rule: 'chart-image-not-hardcoded', message: 'two', location: { file: 'b.yaml' } },
      ],
      images: [],
    };
    const [c] = contradictionsOf(['attest-helm-no-hardcoded-images'], ev);
    expect(c?.evidence).toEqual(['a.yaml:1: one', 'b.yaml: two']);
    expect(c?.message).toMatch(/a\.yaml:1: one \(and 1 more\)$/);
  });
});
