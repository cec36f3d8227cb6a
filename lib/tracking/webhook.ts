import { z } from 'zod';

/** Where the Settings page keeps the webhook. */
export const WEBHOOK_SETTING_KEY = 'notifications.webhook';

export interface WebhookSetting {
  url: string;
  enabled: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https only; plain http is allowed for loopback so tests and local relays work. */
export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2048, 'Keep the URL under 2,048 characters.')
  .refine((v) => URL.canParse(v), 'Enter a full URL, such as https://hooks.slack.com/services/…')
  .refine((v) => {
    if (!URL.canParse(v)) return true;
    const u = new URL(v);
    return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
  }, 'Use an https:// URL (http:// is accepted only for 127.0.0.1 and localhost).')
  .refine(
    (v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password),
    'Remove the user name and password from the URL.',
  );

export const webhookSettingSchema = z
  .object({
    enabled: z.boolean(),
    url: z.union([z.literal(''), webhookUrlSchema]),
  })
  .refine((v) => !v.enabled || v.url !== '', {
    path: ['url'],
    message: 'Enter the webhook URL, or turn the webhook off.',
  });

/**
 * Posts Slack-compatible JSON `{ "text": … }`. Never throws: the caller logs the outcome, and a
 * slow or broken receiver must not hold up change-set tracking.
 */
export async function deliverWebhook(
  url: string,
  text: string,
  timeoutMs = 5_000,
): Promise<{ ok: true; status: number } | { ok: false; error: string }> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    await res.body?.cancel().catch(() => undefined);
    return res.ok ? { ok: true, status: res.status } : { ok: false, error: `HTTP ${res.status}` };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}
