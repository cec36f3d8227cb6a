'use server';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/runtime';
import { updateSetting } from '@/lib/db/queries/settings';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { WEBHOOK_SETTING_KEY, webhookSettingSchema } from '@/lib/tracking/webhook';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

/** Saves the change-set webhook (Slack-compatible) an admin configures in Settings. */
export async function updateNotificationSettingsAction(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission('settings:edit', 'update-notification-settings');
    const parsed = webhookSettingSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const db = getDb();
    await updateSetting(db, WEBHOOK_SETTING_KEY, parsed.data, admin.id);
    // The URL is a secret of sorts (Slack URLs carry a token): audit the host only.
    const host = parsed.data.url ? new URL(parsed.data.url).host : null;
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'update-notification-settings',
      outcome: 'ok',
      details: { enabled: parsed.data.enabled, host },
    });
    revalidatePath('/settings');
    return { ok: true, data: undefined };
  } catch (err) {
    return failure(err, 'update-notification-settings');
  }
}
