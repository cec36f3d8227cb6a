import { NextResponse } from 'next/server';
import { withApiPermission } from '@/lib/auth/api';
import { getDraft } from '@/lib/db/queries/drafts';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';

/** The latest revision of a draft (the conflict dialog's "Reload"). */
export const GET = withApiPermission(
  'console:read',
  async (_req, _user, ctx: { params: Promise<{ id: string }> }) => {
    const { id } = await ctx.params;
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await getDraft(getDb(), id) : undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
    return NextResponse.json({
      id: row.id,
      revision: row.revision,
      status: row.status,
      data: row.data,
      attestations: row.attestations,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy,
    });
  },
);
