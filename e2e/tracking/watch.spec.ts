import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { pageAs, repositoryDraft, submitAsSeller } from '../pages/wizard-page';
import { advance, holdAll, releaseAll } from '../fixtures/catalog';
import { screenshot, summaryStatus } from './helpers';

test.afterEach(async ({ page }) => releaseAll(page));

test('submitted through a wizard, the change set goes Preparing → Applying → Succeeded on screen without reloading, and the submitter is notified', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'product-manager');
  // Each status is held until the test moves it on, so every one is on screen for as long as needed.
  await holdAll(page);
  const draftUrl = await repositoryDraft(page, `e2e-track-${Date.now().toString(36)}`);
  const seller = await pageAs(browser, 'seller');
  const id = await submitAsSeller(seller, draftUrl, 'Add repositories');
  await expect(seller.getByRole('heading', { level: 1 })).toBeVisible();
  // A marker on window survives only if the page is never reloaded.
  await seller.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  await expect(summaryStatus(seller)).toHaveText('Preparing');
  expect(await advance(seller, id)).toBe('APPLYING');
  await expect(summaryStatus(seller)).toHaveText('Applying');
  expect(await advance(seller, id)).toBe('SUCCEEDED');
  await expect(summaryStatus(seller)).toHaveText('Succeeded');
  expect(await seller.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

  const timeline = seller.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem')).toHaveCount(3);
  await expect(timeline.getByRole('listitem').nth(2)).toContainText(/Succeeded.*Total/s);
  await expect(seller.getByText('Sam Seller').first()).toBeVisible();
  await seller.getByRole('tab', { name: 'JSON' }).first().click();
  await expect(seller.getByText(/"RepositoryName"/).first()).toBeVisible();
  await screenshot(seller, 'detail-succeeded');

  // The list shows it with who submitted it and from which draft.
  await seller.goto('/change-sets');
  const row = seller.getByRole('row', { name: new RegExp(id) });
  await expect(row).toContainText('Succeeded');
  await expect(row).toContainText('Sam Seller');
  await expect(row.getByRole('link', { name: 'From draft' })).toHaveAttribute(
    'href',
    new URL(draftUrl).pathname,
  );

  // The bell tells the submitter.
  const bell = seller.getByRole('button', { name: /Notifications, \d+ unread/ });
  await expect(bell).toBeVisible({ timeout: 30_000 });
  await bell.click();
  await expect(
    seller
      .getByRole('region', { name: 'Notifications' })
      .getByRole('link', { name: /succeeded/ })
      .first(),
  ).toBeVisible();
  await screenshot(seller, 'notifications-open');
  await seller.getByRole('button', { name: 'Mark all read' }).click();
  await expect(seller.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();
});

test('the list filters, sorts, pages and exports CSV and JSON', async ({ page }) => {
  await signIn(page, 'reviewer');
  await page.goto('/change-sets');
  await expect(page.getByRole('table', { name: 'Change sets' })).toBeVisible();
  await expect(page.getByText(/Last updated/)).toBeVisible();
  await screenshot(page, 'list');
  await page.getByLabel('Status').selectOption('FAILED');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/status=FAILED/);
  const rows = page.getByRole('table', { name: 'Change sets' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Failed');
  await expect(page.getByRole('table', { name: 'Change sets' })).not.toContainText('Succeeded');
  await page.getByRole('link', { name: /Started/ }).click();
  await expect(page).toHaveURL(/sort=startTime&order=asc|order=asc/);

  const csv = await page.request.get('/api/change-sets/export?format=csv&status=FAILED');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toBe(
    'Change set ID,Name,Status,Failure code,Products,Product title,Change types,Start time,End time,Duration,Submitted by,Draft ID,Last observed',
  );
  expect(text).toContain('seedcs0failedversion00001,Add version 1.1.2,FAILED,CLIENT_ERROR');
  const json = (await (await page.request.get('/api/change-sets/export?format=json')).json()) as {
    changeSets: { id: string }[];
  };
  expect(json.changeSets.map((c) => c.id)).toContain('seedcs0cancelledinfo00001');
});
