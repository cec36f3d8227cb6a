import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { notification } from '../schema';

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
}

export async function createNotification(db: Db, n: NewNotification): Promise<string> {
  const rows = await db
    .insert(notification)
    .values({ userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? '', link: n.link ?? null })
    .returning({ id: notification.id });
  return rows[0]!.id;
}

/** The user's newest notifications and how many are unread. */
export async function listNotifications(db: Db, userId: string, limit = 20) {
  const [items, unread] = await Promise.all([
    db
      .select()
      .from(notification)
      .where(eq(notification.userId, userId))
      .orderBy(desc(notification.createdAt), desc(notification.id))
      .limit(limit),
    db
      .select({ n: count() })
      .from(notification)
      .where(and(eq(notification.userId, userId), isNull(notification.readAt))),
  ]);
  return { items, unread: Number(unread[0]?.n ?? 0) };
}

/** Marks the given notifications (or all of them) read, only ever the user's own. */
export async function updateNotificationsRead(
  db: Db,
  userId: string,
  ids: readonly string[] | 'all',
  at = new Date(),
): Promise<number> {
  const mine = and(eq(notification.userId, userId), isNull(notification.readAt));
  const where =
    ids === 'all'
      ? mine
      : and(mine, inArray(notification.id, ids.length ? [...ids] : ['00000000-0000-0000-0000-000000000000']));
  const rows = await db
    .update(notification)
    .set({ readAt: at })
    .where(where)
    .returning({ id: notification.id });
  return rows.length;
}
