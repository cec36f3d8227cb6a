import { toCsv } from '@/lib/tracking/csv';
import { actionLabel, outcomeView } from './labels';

/** An audit entry as exports carry it (the page's row, dates as ISO text). */
export interface ExportEntry {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  target: string | null;
  outcome: string;
  details: unknown;
  prevHash?: string;
  hash: string;
}

const HEADER = [
  'ID',
  'Time (UTC)',
  'Actor ID',
  'Actor',
  'Action',
  'Action label',
  'Target',
  'Outcome',
  'Details',
  'Hash',
];

/** CSV with every field escaped, formula-looking cells (=, +, -, @) included. */
export function auditCsv(rows: readonly ExportEntry[]): string {
  return toCsv(
    HEADER,
    rows.map((r) => [
      r.id,
      r.at.toISOString(),
      r.actorId,
      r.actorName,
      r.action,
      actionLabel(r.action),
      r.target,
      outcomeView(r.outcome).label,
      JSON.stringify(r.details ?? {}),
      r.hash,
    ]),
  );
}

/** The JSON export: the entries as stored, with the fields `wharf audit verify` needs to recheck them. */
export function auditJson(rows: readonly ExportEntry[], exportedAt: Date, truncated: boolean): string {
  return JSON.stringify(
    {
      exportedAt: exportedAt.toISOString(),
      truncated,
      entries: rows.map((r) => ({ ...r, at: r.at.toISOString(), actionLabel: actionLabel(r.action) })),
    },
    null,
    2,
  );
}
