import type { AuditQuery } from '@/lib/db/queries/audit-list';
import type { AuditParams } from './list-params';

/** The database filters of the URL's params (page and export read the log the same way). */
export function auditQueryOf(p: AuditParams): AuditQuery {
  return { actorId: p.actor, action: p.action, target: p.target, outcome: p.outcome, from: p.from, to: p.to };
}
