import { explain, type Entry } from './review';
import type { Verdict } from './run';

/** The report printed by the suite: what was compared and how the divergences were classified. */
export function summarise(verdicts: readonly Verdict[], entries: readonly Entry[]): string {
  const settled = verdicts.filter((v) => v.outcome.kind === 'settled');
  const refused = verdicts.length - settled.length;
  const agreed = settled.filter((v) => v.divergences.length === 0).length;
  const byKind = { reviewed: 0, bug: 0, unreviewed: 0 };
  for (const v of settled)
    for (const d of v.divergences) byKind[explain(entries, v.probe, d)?.kind ?? 'unreviewed']++;
  return [
    `differential: ${verdicts.length} requests sent, ${settled.length} compared (${refused} refused at StartChangeSet),`,
    `${agreed} in agreement; divergences: ${byKind.reviewed} reviewed, ${byKind.bug} known bugs, ${byKind.unreviewed} unreviewed`,
  ].join(' ');
}
