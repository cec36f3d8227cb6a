'use server';
import { getDb } from '@/lib/db/runtime';
import { updateNotificationsRead } from '@/lib/db/queries/notifications';
import { markReadSchema } from '@/lib/tracking/action-schemas';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** Marks some or all of the signed-in user's notifications read (never anyone else's). */
export const markNotificationsReadAction = defineAction(
  { name: 'mark-notifications-read', permission: 'console:read', schema: markReadSchema },
  async (input, { user }): Promise<ActionResult<{ updated: number }>> => {
    const updated = await updateNotificationsRead(getDb(), user.id, 'all' in input ? 'all' : input.ids);
    return { ok: true, data: { updated } };
  },
);
