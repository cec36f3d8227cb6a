import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission, user } from '@/lib/db/schema';
import { listNotifications } from '@/lib/db/queries/notifications';
import { updateSetting } from '@/lib/db/queries/settings';
import { Tracker } from './tracker';
import { deliverWebhook, WEBHOOK_SETTING_KEY, webhookSettingSchema, webhookUrlSchema } from './webhook';
import { startCreateProduct, trackingWorld } from './testing/world';

let world: Awaited<ReturnType<typeof trackingWorld>>;
let hook: http.Server;
let hookUrl = '';
const received: unknown[] = [];
let hookStatus = 200;

beforeAll(async () => {
  world = await trackingWorld(50);
  hook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(hookStatus).end('ok');
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  await world.handle.db.insert(user).values({ id: 'seller-1', name: 'Sam Seller', email: 'sam@x.test' });
});
afterAll(async () => {
  hook?.close();
  await world?.close();
});

describe('webhook URL validation', () => {
  it('accepts https, and http only on loopback', () => {
    expect(webhookUrlSchema.safeParse('https://hooks.slack.com/services/T/B/x').success).toBe(true);
    expect(webhookUrlSchema.safeParse('http://127.0.0.1:9000/h').success).toBe(true);
    expect(webhookUrlSchema.safeParse('http://localhost/h').success).toBe(true);
    expect(webhookUrlSchema.safeParse('http://example.com/h').success).toBe(false);
    expect(webhookUrlSchema.safeParse('ftp://example.com/h').success).toBe(false);
    expect(webhookUrlSchema.safeParse('https://user:pw@example.com/h').success).toBe(false);
    expect(webhookUrlSchema.safeParse('not a url').success).toBe(false);
    expect(webhookSettingSchema.safeParse({ enabled: true, url: '' }).success).toBe(false);
    expect(webhookSettingSchema.safeParse({ enabled: false, url: '' }).success).toBe(true);
  });
});

describe('end-state notifications', () => {
  it('delivers Slack-compatible JSON and reports failures without throwing', async () => {
    received.length = 0;
    expect(await deliverWebhook(hookUrl, 'hello')).toEqual({ ok: true, status: 200 });
    expect(received).toEqual([{ text: 'hello' }]);
    hookStatus = 500;
    expect(await deliverWebhook(hookUrl, 'x')).toEqual({ ok: false, error: 'HTTP 5xx' });
    hookStatus = 200;
    expect((await deliverWebhook('http://127.0.0.1:1/none', 'x')).ok).toBe(false);
  });

  it('does not announce old history found by a first sync', async () => {
    const db = world.handle.db;
    received.length = 0;
    const tracker = new Tracker({ refreshMs: 20 });
    await tracker.sync(db);
    await tracker.idle();
    // The seeded past change sets (succeeded, failed, cancelled) are stored but nobody is told.
    expect(received).toEqual([]);
  });

  it('tells the submitter in-app and posts to the webhook when their change set ends, once', async () => {
    const db = world.handle.db;
    await updateSetting(db, WEBHOOK_SETTING_KEY, { enabled: true, url: hookUrl }, null);
    received.length = 0;
    const id = await startCreateProduct(world.emulator.url, 'Notify me');
    await db.insert(submission).values({
      draftId: '00000000-0000-4000-8000-000000000002',
      draftRevision: 1,
      productId: 'prod-x',
      clientRequestToken: 'tok-n',
      state: 'submitted',
      changeSetId: id,
      request: {},
      submittedBy: 'seller-1',
    });
    const tracker = new Tracker({ refreshMs: 20 });
    await tracker.refresh(db, id);
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => setTimeout(r, 60));
      await tracker.refresh(db, id);
      await tracker.idle();
      if ((await listNotifications(db, 'seller-1')).items.length) break;
    }
    const { items, unread } = await listNotifications(db, 'seller-1');
    expect(unread).toBe(1);
    expect(items[0]).toMatchObject({
      kind: 'change-set.succeeded',
      title: 'Change set “Notify me” succeeded',
      link: `/change-sets/${id}`,
    });
    expect(received).toHaveLength(1);
    expect((received[0] as { text: string }).text).toContain('Notify me');
    // Seen again (another watcher, another sync): no second notification.
    await new Promise((r) => setTimeout(r, 30));
    await tracker.sync(db);
    await tracker.refreshNow(db, id);
    await tracker.idle();
    expect((await listNotifications(db, 'seller-1')).items).toHaveLength(1);
  });
});
