import { describe, expect, it } from 'vitest';
import { evaluate, RULES } from './index';
import type { PolicyContext } from './context';
import { CASES_A, type Case } from './testing/rule-cases-a';
import { CASES_B } from './testing/rule-cases-b';
import { add, ctx, opt, request, snapshot } from './testing/builders';

const CASES: Record<string, Case> = { ...CASES_A, ...CASES_B };
const MANUAL = RULES.filter((r) => r.severity === 'manual');

function resultOf(c: PolicyContext, id: string) {
  const ev = evaluate(c);
  const res = ev.results.find((r) => r.rule.id === id);
  if (!res) throw new Error(`no result for ${id}`);
  return res;
}

describe('every checked rule has a passing and a failing case', () => {
  for (const rule of RULES.filter((r) => r.severity !== 'manual')) {
    it(rule.id, () => {
      const c = CASES[rule.id];
      expect(c, `missing test case for ${rule.id}`).toBeDefined();
      if (!c) return;
      const pass = resultOf(c.pass, rule.id);
      expect(pass.status, JSON.stringify(pass.findings)).toBe('pass');
      const fail = resultOf(c.fail, rule.id);
      expect(fail.status).toBe(rule.severity === 'error' ? 'fail' : 'warn');
      expect(fail.findings.length).toBeGreaterThan(0);
      for (const f of fail.findings) {
        expect(f.rule).toBe(rule.id);
        expect(f.code).toBe(rule.source.code);
        expect(f.path).toMatch(/^ChangeSet/);
      }
    });
  }
});

describe('manual attestations', () => {
  const addonPlusHelm = ctx(request(add([opt('helm'), opt('addon')])));
  for (const rule of MANUAL) {
    it(`${rule.id} is open until attested`, () => {
      expect(resultOf(addonPlusHelm, rule.id).status).toBe('manual');
      const attested = {
        ...addonPlusHelm,
        attestations: { [rule.id]: { by: 'Ana', at: '2026-11-21T10:00:00Z' } },
      };
      const res = resultOf(attested, rule.id);
      expect(res.status).toBe('attested');
      expect(res.attestation).toEqual({ by: 'Ana', at: '2026-11-21T10:00:00Z' });
    });
  }

  it('Helm-only attestations do not apply to a container-image-only version', () => {
    expect(resultOf(ctx(request(add([opt('ecr')]))), 'attest-helm-lint-template').status).toBe('n/a');
  });

  it('the BYOL attestation gives way to the decidable rule when pricing is known', () => {
    const known = ctx(request(add([opt('addon')])), { pricing: { model: 'Usage' } });
    expect(resultOf(known, 'attest-byol-reviewed').status).toBe('n/a');
  });
});

describe('the builders make a clean baseline', () => {
  it('a valid Helm + container + add-on version raises no finding against its product', () => {
    const ev = evaluate(ctx(request(add([opt('helm'), opt('ecr'), opt('addon')])), { product: snapshot() }));
    expect(ev.findings).toEqual([]);
  });

  it('case table has no stale ids', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(Object.keys(CASES).filter((k) => !ids.has(k))).toEqual([]);
  });
});
