import http from 'node:http';
import https from 'node:https';
import { z } from 'zod';
import { checkWebhookUrl, pinnedLookup } from './webhook-target';

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

/** What a failed delivery says: never the underlying error text (it reveals the network). */
export type WebhookFailure = 'refused' | 'unreachable' | `HTTP ${'4' | '5' | '3'}xx`;

export const WEBHOOK_FAILED = 'The webhook could not be delivered';

/**
 * Posts Slack-compatible JSON `{ "text": … }` to a public address (see webhook-target.ts); the
 * socket connects only to the addresses that were checked. Never throws: the caller logs the
 * outcome, and a slow or broken receiver must not hold up change-set tracking.
 */
export async function deliverWebhook(
  url: string,
  text: string,
  timeoutMs = 5_000,
): Promise<{ ok: true; status: number } | { ok: false; error: WebhookFailure }> {
  if (await checkWebhookUrl(url)) return { ok: false, error: 'refused' };
  const body = JSON.stringify({ text });
  const send = new URL(url).protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve) => {
    const req = send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      lookup: pinnedLookup,
      signal: AbortSignal.timeout(timeoutMs),
    });
    req.on('response', (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) resolve({ ok: true, status });
      else resolve({ ok: false, error: `HTTP ${String(status)[0] as '4' | '5' | '3'}xx` });
    });
    req.on('error', () => resolve({ ok: false, error: 'unreachable' }));
    req.end(body);
  });
}
