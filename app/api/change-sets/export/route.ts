import { NextResponse } from 'next/server';
import { withApiPermission } from '@/lib/auth/api';
import { getDb } from '@/lib/db/runtime';
import { toCsv } from '@/lib/tracking/csv';
import { badListParams } from '../bad-list-params';
import { parseListParams } from '@/lib/tracking/list-params';
import { loadChangeSetExport } from '@/lib/tracking/load';
import { formatDuration } from '@/lib/tracking/status';

export const dynamic = 'force-dynamic';

const HEADER = [
  'Change set ID',
  'Name',
  'Status',
  'Failure code',
  'Products',
  'Product title',
  'Change types',
  'Start time',
  'End time',
  'Duration',
  'Submitted by',
  'Draft ID',
  'Last observed',
];

/** The list (same filters as the page, every page) as CSV or JSON. */
export const GET = withApiPermission('console:read', async (request) => {
  const url = new URL(request.url);
  const bad = badListParams(url.searchParams);
  if (bad) return bad;
  const rows = await loadChangeSetExport(getDb(), parseListParams(url.searchParams));
  const stamp = new Date().toISOString().slice(0, 10);
  if (url.searchParams.get('format') === 'json') {
    return new NextResponse(
      JSON.stringify({ exportedAt: new Date().toISOString(), changeSets: rows }, null, 2),
      {
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': `attachment; filename="change-sets-${stamp}.json"`,
          'cache-control': 'no-store',
        },
      },
    );
  }
  const csv = toCsv(
    HEADER,
    rows.map((r) => [
      r.id,
      r.name,
      r.status,
      r.failureCode,
      r.entityIds,
      r.productTitle,
      r.changeTypes,
      r.startTime,
      r.endTime,
      formatDuration(r.startTime, r.endTime),
      r.submitter?.name,
      r.draftId,
      r.lastObservedAt,
    ]),
  );
  return new NextResponse(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="change-sets-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
