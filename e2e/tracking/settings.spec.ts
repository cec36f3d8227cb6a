import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { screenshot } from './helpers';

test('an admin sets the change-set webhook: the URL is validated, a test message arrives, the setting is kept', async ({
  page,
}) => {
  const received: string[] = [];
  const hook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(body);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  try {
    await signIn(page, 'admin');
    await page.goto('/settings');
    const field = page.getByLabel('Webhook URL');
    await page.getByLabel('Post change-set outcomes to a webhook').check();
    await field.fill('http://example.com/hook');
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await expect(page.getByText(/Use an https:\/\/ URL/)).toBeVisible();
    await field.fill(url);
    await page.getByRole('button', { name: 'Send test message' }).click();
    await expect(page.getByText(/accepted the test message/)).toBeVisible();
    expect(JSON.parse(received[0]!)).toEqual({ text: expect.stringContaining('Wharf test message') });
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await expect(page.getByText('Notification settings saved.')).toBeVisible();
    await screenshot(page, 'settings-notifications');
    await page.reload();
    await expect(page.getByLabel('Webhook URL')).toHaveValue(url);
    // Turn it off again so other specs' change sets do not post here.
    await page.getByLabel('Post change-set outcomes to a webhook').uncheck();
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await expect(page.getByText('Notification settings saved.').first()).toBeVisible();
  } finally {
    hook.close();
  }
});

test('a seller sees the settings but cannot change them', async ({ page }) => {
  await signIn(page, 'seller');
  await page.goto('/settings');
  await expect(page.getByText('Only admins can change these settings.')).toBeVisible();
  await expect(page.getByLabel('Webhook URL')).toBeDisabled();
});
