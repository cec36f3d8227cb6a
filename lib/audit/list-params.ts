import { z } from 'zod';
import { date as calendarDay } from '@/lib/tracking/list-params';

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

const text = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);

/** The audit page's filters and page, as they appear in the URL (page and export share them). */
export const auditParamsSchema = z.object({
  actor: text(64),
  action: text(120),
  target: text(256),
  outcome: z.enum(AUDIT_OUTCOMES).optional().catch(undefined),
  from: calendarDay.optional().catch(undefined),
  to: calendarDay.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(100).default(50).catch(50),
});

export type AuditParams = z.output<typeof auditParamsSchema>;

export function parseAuditParams(
  search: URLSearchParams | Record<string, string | string[] | undefined>,
): AuditParams {
  const entries =
    search instanceof URLSearchParams
      ? Object.fromEntries(search)
      : Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return auditParamsSchema.parse(entries);
}

/**
 * What is wrong with the query string, for the export to answer 400 with (an export must not
 * quietly widen to the whole log). The page drops a bad filter and says so.
 */
export function auditParamsProblem(search: URLSearchParams): string | undefined {
  for (const key of ['from', 'to'] as const) {
    const value = search.get(key);
    if (value && !calendarDay.safeParse(value).success) return `"${key}": Use a date like 2026-11-21.`;
  }
  const outcome = search.get('outcome');
  if (outcome && !(AUDIT_OUTCOMES as readonly string[]).includes(outcome))
    return `"outcome": Use one of ${AUDIT_OUTCOMES.join(', ')}.`;
  const from = search.get('from');
  const to = search.get('to');
  if (from && to && from > to) return '"from" is after "to".';
  return undefined;
}

/** The query string for a set of params, leaving out defaults so URLs stay short. */
export function auditParamsToSearch(p: Partial<AuditParams>): string {
  const q = new URLSearchParams();
  for (const key of ['actor', 'action', 'target', 'outcome', 'from', 'to'] as const) {
    const v = p[key];
    if (v) q.set(key, v);
  }
  if (p.page && p.page > 1) q.set('page', String(p.page));
  if (p.pageSize && p.pageSize !== 50) q.set('pageSize', String(p.pageSize));
  return q.toString();
}
