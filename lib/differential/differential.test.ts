import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVERGENCES } from './divergences';
import { driftProbes, propertyProbes, ruleProbes, seedProbes } from './requests';
import { changesOf, explain, type Bug } from './review';
import { judge, judgeAll, type Verdict } from './run';
import { Service } from './service';
import { summarise } from './summary';

/*
 * Issue #11 item 1: the same requests through the checklist and through the local Catalog API
 * service; every disagreement on a decided code must be in the reviewed list (divergences.ts).
 */
const PROPERTY_RUNS = 100;
let services: Service[] = [];
let verdicts: Verdict[] = [];

beforeAll(async () => {
  // Two instances judge in parallel: enough on a shared 2-core machine, each its own seeded world.
  services = await Promise.all([Service.start(), Service.start()]);
  const probes = [...seedProbes(), ...driftProbes(), ...ruleProbes(), ...propertyProbes(PROPERTY_RUNS)];
  verdicts = await judgeAll(services, probes);
  console.info(summarise(verdicts, DIVERGENCES));
  // ~45 s on a quiet 2-core machine; the margin is for one shared by five engineers (105 s seen at load 11).
}, 240_000);
afterAll(() => Promise.all(services.map((s) => s.close())));

const BUGS = DIVERGENCES.filter((e): e is Bug => e.kind === 'bug');

describe('checklist and service agree on decided codes', () => {
  it('compares most requests (the others are refused at StartChangeSet, before any asynchronous check)', () => {
    expect(verdicts.filter((v) => v.outcome.kind === 'settled').length).toBeGreaterThan(150);
  });

  it('every divergence is in the reviewed list', () => {
    const unexplained = verdicts.flatMap((v) =>
      v.divergences
        .filter((d) => !explain(DIVERGENCES, v.probe, d))
        .map((d) => `${v.probe.name}: ${d.direction} ${d.code}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('every entry of the list still explains a divergence (no stale entries)', () => {
    const used = new Set(verdicts.flatMap((v) => v.divergences.map((d) => explain(DIVERGENCES, v.probe, d))));
    expect(DIVERGENCES.filter((e) => !used.has(e)).map((e) => e.code)).toEqual([]);
  });

  it.each(BUGS.map((b) => [`${b.side}: ${b.code} (${b.repro.name})`, b] as const))(
    'bug entry reproduces: %s',
    async (_name, bug) => {
      // The checklist must judge against the product the repro changes.
      for (const c of changesOf(bug.repro.request))
        expect((c.Entity as { Identifier?: string }).Identifier).toBe(bug.repro.productId);
      const v = await judge(services[0]!, bug.repro);
      const shown = v.divergences.filter((d) => explain([bug], v.probe, d));
      expect(shown.length, JSON.stringify([v.outcome, v.divergences])).toBeGreaterThan(0);
    },
  );

  it('no bug entries remain', () => {
    // Fails until the bugs listed in divergences.ts are fixed on their side: intended.
    expect(BUGS.map((b) => `${b.side}: ${b.code} — ${b.repro.name}`)).toEqual([]);
  });
});
