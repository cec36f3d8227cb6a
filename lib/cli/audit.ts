import { parseArgs } from 'node:util';
import { ConfigError } from '@/lib/env';
import type { DbHandle } from '@/lib/db/client';
import { DataDirLockedError } from '@/lib/db/lock';
import { verifyAuditChain } from '@/lib/db/queries/audit';
import type { ChainBreak, ChainReport } from '@/lib/audit/verify';
import { openConfiguredDatabase } from './admin';

export const AUDIT_USAGE = `Usage: wharf audit verify [--format text|json]

Recomputes the hash chain of the audit log in the configured database (DATABASE_URL, or the
embedded store in WHARF_DATA_DIR; stop the console first when it uses the embedded store) and
says where it breaks: a changed entry no longer matches its hash; a removed entry leaves the
next one pointing at a hash that is not the one before it.

Exit status: 0 chain intact, 1 chain broken or database unavailable, 2 usage.
`;

export interface AuditIo {
  out(s: string): void;
  err(s: string): void;
  open(): Promise<DbHandle>;
}

const STD: AuditIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  open: openConfiguredDatabase,
};

const WHY: Record<ChainBreak['reason'], string> = {
  'hash-mismatch': 'its content does not match its hash (the entry was changed)',
  'prev-hash-mismatch':
    'its prev_hash does not match the entry before it (an entry before it was removed, or changed and rehashed)',
  unchained: 'it has no hash although the chain began before it (written around the console)',
};

const entries = (n: number, what = '') => `${n} ${what}${n === 1 ? 'entry' : 'entries'}`;

/** The report in words. */
export function describeReport(r: ChainReport): string {
  const legacy = r.legacy ? `${entries(r.legacy, 'legacy ')} from before the chain, not checked; ` : '';
  if (r.break) {
    const verified = entries(r.entries - r.legacy - 1, 'chained ');
    return `Chain broken at entry ${r.break.id}: ${WHY[r.break.reason]}.\n${legacy}${verified} before it verified.\n`;
  }
  const from =
    r.firstChainedId === null ? 'no chained entries yet' : `checked from entry ${r.firstChainedId}`;
  const last = r.lastHash ? `Last hash: ${r.lastHash}\n` : '';
  return `${entries(r.entries)}, chain intact (${legacy}${from}).\n${last}`;
}

/** `wharf audit verify`: resolves to the exit status. */
export async function runAudit(argv: string[], io: AuditIo = STD): Promise<number> {
  let parsed: { values: { format?: string; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    io.err(`wharf audit: ${(err as Error).message}\n\n${AUDIT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.out(AUDIT_USAGE), 0);
  if (positionals.length !== 1 || positionals[0] !== 'verify' || !['text', 'json'].includes(values.format!)) {
    io.err(`wharf audit: expected "verify" and --format text|json\n\n${AUDIT_USAGE}`);
    return 2;
  }
  let handle: DbHandle;
  try {
    handle = await io.open();
  } catch (err) {
    if (err instanceof DataDirLockedError || err instanceof ConfigError) {
      io.err(`wharf audit: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  try {
    const report = await verifyAuditChain(handle.db);
    io.out(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : describeReport(report));
    return report.break ? 1 : 0;
  } finally {
    await handle.close();
  }
}
