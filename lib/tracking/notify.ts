import 'server-only';
import type { Db } from '@/lib/db/client';
import { getChangeSetRecord, type NewStatus } from '@/lib/db/queries/change-sets';
import { createNotification } from '@/lib/db/queries/notifications';
import { getSetting } from '@/lib/db/queries/settings';
import { log } from '@/lib/server/log';
import { isOpen, isTerminal, statusView } from './status';
import { deliverWebhook, WEBHOOK_SETTING_KEY, type WebhookSetting } from './webhook';

const DAY = 86_400_000;

/**
 * Whether an end state is news: the console watched the change set while it was open, or submitted
 * it and sees the outcome for the first time (recently). Old history found by a first sync is not.
 */
export function isNews(s: NewStatus, hasSubmission: boolean, now = Date.now()): boolean {
  if (!isTerminal(s.status)) return false;
  if (s.previous !== undefined) return isOpen(s.previous);
  const ended = s.endTime ? new Date(s.endTime).getTime() : now;
  return hasSubmission && now - ended < DAY;
}

/**
 * Tells the submitter (in-app) and the configured webhook that a change set ended. Each status is
 * announced by the one instance whose insert of it won, so nobody hears it twice. Failures are
 * logged and swallowed: notifications never break tracking.
 */
export async function announceEndStates(db: Db, fresh: readonly NewStatus[], baseUrl = ''): Promise<void> {
  for (const s of fresh) {
    if (!isTerminal(s.status)) continue;
    try {
      const rec = await getChangeSetRecord(db, s.changeSetId);
      if (!rec || !isNews(s, Boolean(rec.submission?.id))) continue;
      const name = rec.record.name || s.changeSetId;
      const outcome = statusView(s.status).label.toLowerCase();
      const title = `Change set “${name}” ${outcome}`;
      const when = rec.record.endTime
        ? ` at ${new Date(rec.record.endTime).toISOString().slice(0, 16).replace('T', ' ')} UTC`
        : '';
      const body =
        s.status === 'FAILED'
          ? `It failed${rec.record.failureCode ? ` with ${rec.record.failureCode}` : ''}${when}. Open it to see what to fix.`
          : `It ${outcome}${when}.`;
      const link = `/change-sets/${encodeURIComponent(s.changeSetId)}`;
      if (rec.submission?.submittedBy) {
        await createNotification(db, {
          userId: rec.submission.submittedBy,
          kind: `change-set.${s.status.toLowerCase()}`,
          title,
          body,
          link,
        });
      }
      await sendWebhook(db, `${title}. ${body}${baseUrl ? ` ${baseUrl}${link}` : ''}`);
    } catch (err) {
      log.warn('change-set notification failed', { changeSetId: s.changeSetId, error: err });
    }
  }
}

/** Posts `text` to the configured webhook, when one is on; failures are logged, never thrown. */
export async function sendWebhook(db: Db, text: string): Promise<void> {
  const hook = await getSetting<WebhookSetting>(db, WEBHOOK_SETTING_KEY);
  if (!hook?.enabled || !hook.url) return;
  const result = await deliverWebhook(hook.url, text).catch(() => ({
    ok: false as const,
    error: 'unreachable',
  }));
  if (!result.ok) log.warn('webhook delivery failed', { host: new URL(hook.url).host, error: result.error });
}
