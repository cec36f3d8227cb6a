'use server';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/runtime';
import { updateNotificationsRead } from '@/lib/db/queries/notifications';
import { markReadSchema } from '@/lib/tracking/action-schemas';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

/** Marks some or all of the signed-in user's notifications read (never anyone else's). */
export async function markNotificationsReadAction(
  input: unknown,
): Promise<ActionResult<{ updated: number }>> {
  try {
    const user = await requirePermission('console:read', 'mark-notifications-read');
    const parsed = markReadSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const updated = await updateNotificationsRead(
      getDb(),
      user.id,
      'all' in parsed.data ? 'all' : parsed.data.ids,
    );
    return { ok: true, data: { updated } };
  } catch (err) {
    return failure(err, 'mark-notifications-read');
  }
}
