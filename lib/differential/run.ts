import { evaluate, parseProductSnapshot, type Finding } from '@/lib/policy';
import { compare, type Divergence } from './compare';
import type { Probe } from './requests';
import type { Service, ServiceOutcome } from './service';

/** Both verdicts on one request, and where they disagree. */
export interface Verdict {
  probe: Probe;
  findings: Finding[];
  outcome: ServiceOutcome;
  divergences: Divergence[];
}

/**
 * Judges one request on both sides. The checklist gets what the console would have: the request and
 * the product snapshot read back from the service (its pricing comes from the snapshot's dimensions);
 * no chart analyses or attestations, which the service does not model either.
 */
export async function judge(service: Service, probe: Probe): Promise<Verdict> {
  const snapshot = parseProductSnapshot(await service.describe(probe.productId));
  if (!snapshot.ok) throw new Error(`${probe.productId}: ${snapshot.error}`);
  const { findings } = evaluate({ request: probe.request, product: snapshot.snapshot });
  const outcome = await service.submit(probe.request);
  // A change set that succeeded changed the product (and locks nothing now): restore the seeded world
  // so every request is judged against the same product, whatever ran before it.
  if (outcome.kind === 'settled' && outcome.status === 'SUCCEEDED') await service.reset();
  return { probe, findings, outcome, divergences: compare(findings, outcome) };
}

/** Judges every probe, each service instance taking the next one when it is free. */
export async function judgeAll(services: Service[], probes: Probe[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = new Array<Verdict>(probes.length);
  let next = 0;
  await Promise.all(
    services.map(async (service) => {
      for (let i = next++; i < probes.length; i = next++) verdicts[i] = await judge(service, probes[i]!);
    }),
  );
  return verdicts;
}
