import type { Direction, Divergence } from './compare';
import type { Probe } from './requests';

/*
 * The shape of the reviewed divergence list and how a divergence is matched to an entry. An entry
 * explains a divergence when code and direction match and, if given, the request has the change type
 * and the condition holds.
 */
interface EntryBase {
  code: string;
  directions: Direction[];
  changeType?: string;
  /** A narrower condition on the request, described in `reason`. */
  when?: (request: Probe['request']) => boolean;
  reason: string;
}

/** A real difference: the code needs data the console cannot have, or seed 001 leaves it open. */
export interface Reviewed extends EntryBase {
  kind: 'reviewed';
}

/** A bug on one side, with the smallest request that shows it and what the wrong side should say. */
export interface Bug extends EntryBase {
  kind: 'bug';
  side: 'checklist' | 'service';
  repro: Probe;
  expected: string;
}

export type Entry = Reviewed | Bug;

/** The change objects of a request (whatever the request holds). */
export function changesOf(request: Probe['request']): Record<string, unknown>[] {
  const list = Array.isArray(request.ChangeSet) ? (request.ChangeSet as unknown[]) : [];
  return list.filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null);
}

export function explain(entries: readonly Entry[], probe: Probe, d: Divergence): Entry | undefined {
  return entries.find(
    (e) =>
      e.code === d.code &&
      e.directions.includes(d.direction) &&
      (!e.changeType || changesOf(probe.request).some((c) => c.ChangeType === e.changeType)) &&
      (!e.when || e.when(probe.request)),
  );
}
