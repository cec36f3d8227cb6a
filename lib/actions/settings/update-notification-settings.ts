'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { updateSetting } from '@/lib/db/queries/settings';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { WEBHOOK_SETTING_KEY, webhookSettingSchema } from '@/lib/tracking/webhook';
import { checkWebhookUrl } from '@/lib/tracking/webhook-target';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** Saves the change-set webhook (Slack-compatible) an admin configures in Settings. */
export const updateNotificationSettingsAction = defineAction(
  { name: 'update-notification-settings', permission: 'settings:edit', schema: webhookSettingSchema },
  async (setting, { user: admin }): Promise<ActionResult> => {
    const refused = setting.url ? await checkWebhookUrl(setting.url) : null;
    if (refused) return { ok: false, fieldErrors: { url: refused } };
    const db = getDb();
    await updateSetting(db, WEBHOOK_SETTING_KEY, setting, admin.id);
    // The URL is a secret of sorts (Slack URLs carry a token): audit the host only.
    const host = setting.url ? new URL(setting.url).host : null;
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'update-notification-settings',
      outcome: 'ok',
      details: { enabled: setting.enabled, host },
    });
    revalidatePath('/settings');
    return { ok: true, data: undefined };
  },
);
