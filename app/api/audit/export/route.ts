import { NextResponse } from 'next/server';
import { withApiPermission } from '@/lib/auth/api';
import { getDb } from '@/lib/db/runtime';
import { listAuditExport } from '@/lib/db/queries/audit-list';
import { auditCsv, auditJson } from '@/lib/audit/export';
import { auditParamsProblem, parseAuditParams } from '@/lib/audit/list-params';
import { auditQueryOf } from '@/lib/audit/query';

export const dynamic = 'force-dynamic';

const LIMIT = 50_000;

/** The audit log (same filters as the page, every page, oldest first) as CSV or JSON. */
export const GET = withApiPermission('audit:read', async (request) => {
  const url = new URL(request.url);
  const problem = auditParamsProblem(url.searchParams);
  if (problem) return NextResponse.json({ error: { code: 'VALIDATION', message: problem } }, { status: 400 });
  const found = await listAuditExport(getDb(), auditQueryOf(parseAuditParams(url.searchParams)), LIMIT + 1);
  const rows = found.slice(0, LIMIT);
  const truncated = found.length > LIMIT;
  const now = new Date();
  const isJson = url.searchParams.get('format') === 'json';
  const body = isJson ? auditJson(rows, now, truncated) : auditCsv(rows);
  return new NextResponse(body, {
    headers: {
      'content-type': isJson ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-${now.toISOString().slice(0, 10)}.${isJson ? 'json' : 'csv'}"`,
      'cache-control': 'no-store',
      ...(truncated ? { 'x-wharf-truncated': String(LIMIT) } : {}),
    },
  });
});
