import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkRequest, evaluate, parseProductSnapshot } from './index';
import { DETAILS_SCHEMAS, startChangeSetSchema } from './schemas';
import { chartsArb, junk, productArb, requestArb } from './testing/arbitraries';

const RUNS = { numRuns: 10_000 };
const anyJson = fc.oneof(fc.anything(), junk);

/* The engine runs on every keystroke and in the server gate: no input may make it throw. */
describe('the engine never throws on arbitrary input', () => {
  it('evaluate (structured contexts)', () => {
    fc.assert(
      fc.property(
        requestArb,
        productArb,
        chartsArb,
        anyJson,
        anyJson,
        (request, product, charts, attestations, pricing) => {
          const ev = evaluate({
            request,
            product: product as never,
            charts: charts as never,
            attestations: attestations as never,
            pricing: pricing as never,
          });
          // Neither the last-resort fallback nor a per-rule guard may have fired.
          expect(
            ev.findings.filter((f) => f.rule === 'engine' || f.message.includes('could not run')),
          ).toEqual([]);
          expect(ev.results.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  }, 120_000);

  it('evaluate (anything as the whole context)', () => {
    fc.assert(
      fc.property(anyJson, (c) => void evaluate(c as never)),
      RUNS,
    );
  }, 120_000);

  it('checkRequest', () => {
    fc.assert(
      fc.property(fc.oneof(requestArb, anyJson), fc.oneof(productArb, anyJson), (json, entity) => {
        const r = checkRequest(json, { entity });
        expect(typeof r.ok).toBe('boolean');
      }),
      RUNS,
    );
  }, 120_000);

  it('parseProductSnapshot', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyJson,
          productArb,
          anyJson.map((d) => ({ EntityType: 'ContainerProduct@1.0', Details: JSON.stringify(d) ?? '' })),
          anyJson.map((d) => ({ DetailsDocument: d })),
        ),
        (input) => {
          const r = parseProductSnapshot(input);
          expect(r.ok ? typeof r.snapshot : typeof r.error).toMatch(/object|string/);
        },
      ),
      RUNS,
    );
  });

  it('schemas', () => {
    const schemas = [startChangeSetSchema, ...Object.values(DETAILS_SCHEMAS)];
    fc.assert(
      fc.property(fc.oneof(anyJson, requestArb), fc.nat(schemas.length - 1), (input, k) => {
        expect(typeof schemas[k]!.safeParse(input).success).toBe('boolean');
      }),
      RUNS,
    );
  }, 120_000);
});
