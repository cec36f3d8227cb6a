import { describe, expect, it } from 'vitest';
import { checkRequest } from './check-request';
import { pricingOf } from './pricing';
import { parseProductSnapshot } from './snapshot';
import { add, opt, request } from './testing/builders';
import entity from './fixtures/describe-entity.json';

const dims = (...types: string[][]) => types.map((t, i) => ({ Key: `d${i}`, Types: t }));
const helmWithout = request(add([opt('helm', { OverrideParameters: [] })]));
const withDimensions = (d: unknown) => ({
  ...entity,
  DetailsDocument: { ...entity.DetailsDocument, Dimensions: d },
});

describe('pricingOf', () => {
  it('reads contract and usage pricing from the dimensions DescribeEntity returns', () => {
    const of = (d: unknown) => {
      const s = parseProductSnapshot({ Dimensions: d });
      return s.ok ? pricingOf(s.snapshot) : s.error;
    };
    expect(of(dims(['Entitled']))).toEqual({ model: 'Contract' });
    expect(of(dims(['Entitled'], ['Metered']))).toEqual({ model: 'Usage' });
    expect(of(dims(['ExternallyMetered']))).toEqual({ model: 'Usage' });
  });
  it('leaves the model unknown without dimensions (free and BYOL look alike)', () => {
    expect(pricingOf({ Dimensions: [] })).toBeUndefined();
    expect(pricingOf({})).toBeUndefined();
    expect(pricingOf(undefined)).toBeUndefined();
  });
});

describe('checkRequest runs the pricing rules from the entity', () => {
  const codes = (e: unknown) => {
    const r = checkRequest(helmWithout, { entity: e });
    return r.ok ? r.findings.map((f) => f.code) : [r.error];
  };
  it('a paid product needs the service-account override', () => {
    expect(codes(withDimensions(dims(['Entitled'])))).toContain('NO_SERVICE_ACCOUNT_CONFIGURATION');
  });
  it('a product without dimensions does not', () => {
    expect(codes(withDimensions([]))).not.toContain('NO_SERVICE_ACCOUNT_CONFIGURATION');
  });
});
