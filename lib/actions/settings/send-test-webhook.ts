'use server';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/session';
import { deliverWebhook, webhookUrlSchema } from '@/lib/tracking/webhook';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

const schema = z.object({ url: webhookUrlSchema });

/** Posts a test message so the admin sees the webhook work before relying on it. */
export async function sendTestWebhookAction(input: unknown): Promise<ActionResult<{ status: number }>> {
  try {
    await requirePermission('settings:edit', 'send-test-webhook');
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const result = await deliverWebhook(
      parsed.data.url,
      'Wharf test message: change-set notifications will arrive here.',
    );
    if (!result.ok)
      return { ok: false, fieldErrors: { url: `The webhook did not accept the message (${result.error}).` } };
    return { ok: true, data: { status: result.status } };
  } catch (err) {
    return failure(err, 'send-test-webhook');
  }
}
