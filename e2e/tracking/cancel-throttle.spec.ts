import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { advance, finish, holdAll, releaseAll } from '../fixtures/catalog';
import { screenshot, setFaults, startChangeSetDirect } from './helpers';

// Every change set stays in its status until a test moves it: nothing here races the engine's steps.
test.beforeEach(async ({ page }) => holdAll(page));
test.afterEach(async ({ page }) => {
  await setFaults(page, { throttle: false, errorRate: 0, latencyMs: 0 });
  await releaseAll(page);
});

test('a seller cancels a preparing change set after confirming, and sees it cancelled at once', async ({
  page,
}) => {
  await signIn(page, 'seller');
  await page.goto('/change-sets');
  // Started outside the console (StartChangeSet straight to the Catalog service), held in PREPARING.
  const id = await startChangeSetDirect(page, `e2e cancel ${Date.now().toString(36)}`);
  await page.goto(`/change-sets/${id}`);
  await expect(page.getByTestId('live-status')).toHaveText('Preparing');
  await page.getByRole('button', { name: 'Cancel change set' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this change set?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel change set' }).click();
  await expect(page.getByTestId('live-status')).toHaveText('Cancelled', { timeout: 5_000 });
  await expect(page.getByText(/is cancelled/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel change set' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Cancelled before applying');
  await screenshot(page, 'detail-cancelled');
});

test('a change set that starts applying while the cancel dialog is open says so instead of vanishing', async ({
  page,
}) => {
  await signIn(page, 'seller');
  const id = await startChangeSetDirect(page, `e2e cancel late ${Date.now().toString(36)}`);
  await page.goto(`/change-sets/${id}`);
  await expect(page.getByTestId('live-status')).toHaveText('Preparing');
  await page.getByRole('button', { name: 'Cancel change set' }).click();
  await expect(page.getByRole('dialog', { name: 'Cancel this change set?' })).toBeVisible();
  expect(await advance(page, id)).toBe('APPLYING');
  const late = page.getByRole('dialog', { name: 'It can no longer be cancelled' });
  await expect(late).toContainText('it is now applying', { timeout: 30_000 });
  await screenshot(page, 'detail-cancel-too-late');
  await late.getByRole('button', { name: 'OK' }).click();
  await expect(late).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel change set' })).toHaveCount(0);
});

test('only sellers are offered cancel', async ({ page }) => {
  await signIn(page, 'reviewer');
  const id = await startChangeSetDirect(page, `e2e no cancel ${Date.now().toString(36)}`);
  await page.goto(`/change-sets/${id}`);
  await expect(page.getByTestId('live-status')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel change set' })).toHaveCount(0);
});

test('a throttled Catalog API does not break the page: the last data stays, it says it is retrying, then catches up', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'seller');
  const id = await startChangeSetDirect(page, `e2e throttled ${Date.now().toString(36)}`);
  await page.goto(`/change-sets/${id}`);
  await expect(page.getByTestId('live-status')).toBeVisible();
  await setFaults(page, { throttle: { ListChangeSets: 0.01, DescribeChangeSet: 0.01 } });
  await expect(page.getByText('Retrying', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('live-status')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await screenshot(page, 'detail-retrying');
  await page.goto('/change-sets');
  await expect(
    page.getByRole('table', { name: 'Change sets' }).getByRole('row', { name: new RegExp(id) }),
  ).toBeVisible();
  await setFaults(page, { throttle: false });
  await finish(page, id);
  await page.goto(`/change-sets/${id}`);
  await expect(page.getByTestId('live-status')).toHaveText('Succeeded', { timeout: 30_000 });
  // Once the backoff has passed, the next successful call clears it.
  await expect(page.getByText('Retrying', { exact: true })).toHaveCount(0, { timeout: 60_000 });
});
