import { NextResponse } from 'next/server';
import { withApiPermission } from '@/lib/auth/api';
import { listRepositoryImages } from '@/lib/catalog/registry';

/** Repositories and pushed tags of a product (local Catalog service); `repositories: null` on AWS. */
export const GET = withApiPermission(
  'console:read',
  async (_req, _user, ctx: { params: Promise<{ id: string }> }) => {
    const { id } = await ctx.params;
    const repositories = await listRepositoryImages(id);
    return NextResponse.json({ repositories: repositories ?? null });
  },
);
