import { describe, expect, it } from 'vitest';
import { evaluate, RULES } from './index';
import type { PolicyContext } from './context';
import { CASES_A, type Case } from './testing/rule-cases-a';
import { CASES_B } from './testing/rule-cases-b';
import { add, change, ctx, opt, request, snapshot } from './testing/builders';
import { ISV_TESTED_RULE } from './rules/manual';

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
  const release = ctx(
    request(
      change('UpdateDeliveryOptionsVisibility', {
        DeliveryOptions: [{ Id: 'do-1234567891234567891234', TargetVisibility: 'Public' }],
      }),
    ),
  );
  for (const rule of MANUAL) {
    it(`${rule.id} is open until attested`, () => {
      const c = rule.id === ISV_TESTED_RULE ? release : addonPlusHelm;
      expect(resultOf(c, rule.id).status).toBe('manual');
      const attested = {
        ...c,
        attestations: { [rule.id]: { by: 'Ana', at: '2026-11-21T10:00:00Z' } },
      };
      const res = resultOf(attested, rule.id);
      expect(res.status).toBe('attested');
      expect(res.attestation).toEqual({ by: 'Ana', at: '2026-11-21T10:00:00Z' });
    });
  }

  it('the ISV-testing confirmation applies to an add-on release only, and blocks it until given', () => {
    expect(resultOf(addonPlusHelm, ISV_TESTED_RULE).status).toBe('n/a');
    expect(evaluate(release).blocking).toBe(true);
    const given = {
      ...release,
      attestations: { [ISV_TESTED_RULE]: { by: 'u1', at: '2026-11-21T10:00:00Z' } },
    };
    expect(evaluate(given).blocking).toBe(false);
  });

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
