'use server';
import { testWebhookSchema } from '@/lib/tracking/action-schemas';
import { deliverWebhook, WEBHOOK_FAILED } from '@/lib/tracking/webhook';
import { checkWebhookUrl } from '@/lib/tracking/webhook-target';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** Posts a test message so the admin sees the webhook work before relying on it. */
export const sendTestWebhookAction = defineAction(
  { name: 'send-test-webhook', permission: 'settings:edit', schema: testWebhookSchema },
  async ({ url }): Promise<ActionResult<{ status: number }>> => {
    const refused = await checkWebhookUrl(url);
    if (refused) return { ok: false, fieldErrors: { url: refused } };
    const result = await deliverWebhook(
      url,
      'Wharf test message: change-set notifications will arrive here.',
    );
    if (!result.ok) {
      const status = result.error.startsWith('HTTP') ? ` (${result.error})` : '';
      return { ok: false, fieldErrors: { url: `${WEBHOOK_FAILED}${status}.` } };
    }
    return { ok: true, data: { status: result.status } };
  },
);
