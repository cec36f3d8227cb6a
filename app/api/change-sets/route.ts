import { NextResponse } from 'next/server';
import { withApiPermission } from '@/lib/auth/api';
import { getDb } from '@/lib/db/runtime';
import { badListParams } from './bad-list-params';
import { parseListParams } from '@/lib/tracking/list-params';
import { loadChangeSetList } from '@/lib/tracking/load';

export const dynamic = 'force-dynamic';

/** The change-set list for polling: filters, sort and page in the query string. */
export const GET = withApiPermission('console:read', async (request) => {
  const search = new URL(request.url).searchParams;
  const bad = badListParams(search);
  if (bad) return bad;
  const params = parseListParams(search);
  return NextResponse.json(await loadChangeSetList(getDb(), params), {
    headers: { 'cache-control': 'no-store' },
  });
});
