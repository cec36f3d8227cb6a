import 'server-only';
import { getDb } from '@/lib/db/runtime';
import { createAuditEntry, type AuditEntry } from '@/lib/db/queries/audit';
import { log } from '@/lib/server/log';

/**
 * Appends an audit entry to the console's database, for call sites with nothing else to write
 * (sign-in, sign-out, denied page views): a failed append is logged, never shown to the user.
 * Entries carry ids and classes only, never secrets or what a user typed.
 */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  try {
    await createAuditEntry(getDb(), entry);
  } catch (err) {
    log.error('audit entry not written', { action: entry.action, outcome: entry.outcome, error: err });
  }
}
