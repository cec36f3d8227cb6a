import { z } from 'zod';
import { CHANGE_SET_STATUSES } from './status';

const DATE_MESSAGE = 'Use a date like 2026-11-21.';

/** A real calendar day written YYYY-MM-DD (2020-13-45 is refused, not rolled over); the audit filters share it. */
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE)
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, DATE_MESSAGE);

/** The change-set list's filters, sort and page, as they appear in the URL (page and route share it). */
export const listParamsSchema = z.object({
  status: z
    .string()
    .optional()
    .transform((v) =>
      v ? v.split(',').filter((s) => (CHANGE_SET_STATUSES as readonly string[]).includes(s)) : [],
    ),
  product: z
    .string()
    .trim()
    .max(64)
    .regex(/^[\w-]*$/)
    .optional()
    .catch(undefined),
  from: date.optional().catch(undefined),
  to: date.optional().catch(undefined),
  submitter: z.string().trim().max(64).optional().catch(undefined),
  sort: z.enum(['startTime', 'endTime', 'name', 'status']).default('startTime').catch('startTime'),
  order: z.enum(['asc', 'desc']).default('desc').catch('desc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(5).max(50).default(20).catch(20),
});

export type ListParams = z.output<typeof listParamsSchema>;

export function parseListParams(
  search: URLSearchParams | Record<string, string | string[] | undefined>,
): ListParams {
  const entries =
    search instanceof URLSearchParams
      ? Object.fromEntries(search)
      : Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
  return listParamsSchema.parse(entries);
}

/**
 * What is wrong with the date filters, for route handlers to answer 400 with. The page itself
 * drops a bad filter (parseListParams) and shows the whole list.
 */
export function listParamsProblem(search: URLSearchParams): string | undefined {
  for (const key of ['from', 'to'] as const) {
    const value = search.get(key);
    if (value && !date.safeParse(value).success) return `"${key}": ${DATE_MESSAGE}`;
  }
  return undefined;
}

/** The query string for a set of params, leaving out defaults so URLs stay short. */
export function listParamsToSearch(p: Partial<ListParams>): string {
  const q = new URLSearchParams();
  if (p.status?.length) q.set('status', p.status.join(','));
  if (p.product) q.set('product', p.product);
  if (p.from) q.set('from', p.from);
  if (p.to) q.set('to', p.to);
  if (p.submitter) q.set('submitter', p.submitter);
  if (p.sort && p.sort !== 'startTime') q.set('sort', p.sort);
  if (p.order && p.order !== 'desc') q.set('order', p.order);
  if (p.page && p.page > 1) q.set('page', String(p.page));
  if (p.pageSize && p.pageSize !== 20) q.set('pageSize', String(p.pageSize));
  return q.toString();
}
