import { NextResponse } from 'next/server';
import { withApiPermission } from '@/lib/auth/api';
import { getDb } from '@/lib/db/runtime';
import { listNotifications } from '@/lib/db/queries/notifications';
import { hasUnsettledChangeSets } from '@/lib/db/queries/change-sets';
import { getTracker } from '@/lib/tracking/tracker';

export const dynamic = 'force-dynamic';

/** The signed-in user's newest notifications and unread count (the top-bar bell polls this). */
export const GET = withApiPermission('console:read', async (_request, user) => {
  const db = getDb();
  // End states are noticed even when nobody has a change-set page open (coalesced like every sync).
  if (await hasUnsettledChangeSets(db)) await getTracker().sync(db);
  const { items, unread } = await listNotifications(db, user.id, 15);
  return NextResponse.json(
    {
      unread,
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        read: n.readAt !== null,
        createdAt: n.createdAt.toISOString(),
      })),
    },
    { headers: { 'cache-control': 'no-store' } },
  );
});
