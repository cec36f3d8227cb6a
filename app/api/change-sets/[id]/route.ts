import { NextResponse } from 'next/server';
import { withApiPermission } from '@/lib/auth/api';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { loadChangeSet } from '@/lib/tracking/load';

export const dynamic = 'force-dynamic';

const ID_RE = /^[\w-]{1,255}$/;

/** One change set for polling; the server asks the Catalog API at most once per refresh interval. */
export const GET = withApiPermission(
  'console:read',
  async (_request, _user, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params;
    if (!ID_RE.test(id)) throw new AppError('NOT_FOUND', 'There is no change set with that id.');
    const data = await loadChangeSet(getDb(), id);
    if (!data) throw new AppError('NOT_FOUND', 'There is no change set with that id.');
    return NextResponse.json(data, { headers: { 'cache-control': 'no-store' } });
  },
);
