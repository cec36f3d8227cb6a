import 'server-only';
import type { Db } from '@/lib/db/client';
import { createNotification } from '@/lib/db/queries/notifications';
import { listUserIdsWithRole } from '@/lib/db/queries/users';
import { env } from '@/lib/env';
import { log } from '@/lib/server/log';
import { sendWebhook } from '@/lib/tracking/notify';

interface Announcement {
  /** Who is told in-app (the actor is never told of their own act). */
  userIds: string[];
  actorId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
}

/** In-app notifications and the configured webhook; failures are logged and never undo the act. */
async function announce(db: Db, a: Announcement): Promise<void> {
  try {
    for (const userId of new Set(a.userIds))
      if (userId !== a.actorId)
        await createNotification(db, { userId, kind: a.kind, title: a.title, body: a.body, link: a.link });
    const base = env().WHARF_BASE_URL;
    await sendWebhook(db, `${a.title}. ${a.body}${base ? ` ${base}${a.link}` : ''}`);
  } catch (err) {
    log.warn('review notification failed', { kind: a.kind, error: err });
  }
}

interface DraftRef {
  id: string;
  title: string;
  productTitle: string;
  revision: number;
  authorId: string;
}

export async function announceReviewRequest(db: Db, draft: DraftRef, by: { id: string; name: string }) {
  await announce(db, {
    userIds: await listUserIdsWithRole(db, 'reviewer'),
    actorId: by.id,
    kind: 'review.requested',
    title: `Review requested: “${draft.title}”`,
    body: `${by.name} asks for a review of revision ${draft.revision} (${draft.productTitle}).`,
    link: `/reviews/${draft.id}`,
  });
}

export async function announceVerdict(
  db: Db,
  draft: DraftRef & { updatedBy: string },
  v: { verdict: 'approved' | 'changes-requested'; by: { id: string; name: string } },
) {
  const what = v.verdict === 'approved' ? 'approved' : 'changes requested';
  await announce(db, {
    userIds: [draft.authorId, draft.updatedBy],
    actorId: v.by.id,
    kind: `review.${v.verdict}`,
    title: `“${draft.title}”: ${what}`,
    body: `${v.by.name} reviewed revision ${draft.revision} (${draft.productTitle}).`,
    link: `/drafts/${draft.id}?step=review`,
  });
}
