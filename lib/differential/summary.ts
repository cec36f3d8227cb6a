import { explain, type Entry } from './review';
import type { Verdict } from './run';

/** The report printed by the suite: what was compared and how the divergences were classified. */
export function summarise(verdicts: readonly Verdict[], entries: readonly Entry[]): string {
  const settled = verdicts.filter((v) => v.outcome.kind === 'settled');
  const refused = verdicts.length - settled.length;
  const refusals = new Map<string, number>();
  for (const v of verdicts)
    if (v.outcome.kind === 'refused') refusals.set(v.outcome.error, (refusals.get(v.outcome.error) ?? 0) + 1);
  const agreed = settled.filter((v) => v.divergences.length === 0).length;
  const byKind = { reviewed: 0, bug: 0, unreviewed: 0 };
  const byEntry = new Map<string, number>();
  for (const v of settled)
    for (const d of v.divergences) {
      const e = explain(entries, v.probe, d);
      byKind[e?.kind ?? 'unreviewed']++;
      const key = `${e?.kind ?? 'unreviewed'} ${e && e.kind === 'bug' ? `(${e.side}) ` : ''}${d.direction} ${d.code}`;
      byEntry.set(key, (byEntry.get(key) ?? 0) + 1);
    }
  return [
    `differential: ${verdicts.length} requests sent, ${settled.length} compared (${refused} refused at StartChangeSet: ${[...refusals].map(([e, n]) => `${n} ${e}`).join(', ')}),`,
    `${agreed} in agreement; divergences: ${byKind.reviewed} reviewed, ${byKind.bug} known bugs, ${byKind.unreviewed} unreviewed`,
    ...[...byEntry].sort().map(([key, n]) => `\n  ${n} × ${key}`),
  ].join(' ');
}
