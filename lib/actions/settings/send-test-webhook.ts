'use server';
import { testWebhookSchema } from '@/lib/tracking/action-schemas';
import { deliverWebhook } from '@/lib/tracking/webhook';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** Posts a test message so the admin sees the webhook work before relying on it. */
export const sendTestWebhookAction = defineAction(
  { name: 'send-test-webhook', permission: 'settings:edit', schema: testWebhookSchema },
  async ({ url }): Promise<ActionResult<{ status: number }>> => {
    const result = await deliverWebhook(
      url,
      'Wharf test message: change-set notifications will arrive here.',
    );
    if (!result.ok)
      return { ok: false, fieldErrors: { url: `The webhook did not accept the message (${result.error}).` } };
    return { ok: true, data: { status: result.status } };
  },
);
