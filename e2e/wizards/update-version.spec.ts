import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { expectProductAfter, PRODUCT_ID, pageAs, startDraftHere, submitAsSeller } from '../pages/wizard-page';

// A product manager and a seller sign in and work side by side: these tests get the slow timeout.
test.beforeEach(() => test.slow());

test('Update a version: locked fields, diff on Review, only changed fields sent, product updated', async ({
  page,
  browser,
}) => {
  await signIn(page, 'product-manager');
  await page.goto(`/products/${PRODUCT_ID}`);
  await page
    .getByRole('heading', { name: /Version 1\.1\.1/ })
    .locator('xpath=ancestor::*[.//a[normalize-space()="Update version"]][1]')
    .getByRole('link', { name: 'Update version' })
    .click();
  const w = await startDraftHere(page);
  await expect(w.heading('Edit the version details')).toBeVisible();
  await expect(page.getByLabel('Version title')).toHaveValue('1.1.1');
  await expect(page.getByLabel('Version title')).toHaveAttribute('readonly', '');
  await expect(page.getByText(/Locked: the version is public/).first()).toBeVisible();
  await page.getByLabel('Release notes').fill('Updated notes from the e2e test.');
  await w.next();
  await expect(w.heading('Edit delivery options')).toBeVisible();
  const descriptions = page.getByLabel('Short description');
  await descriptions.nth(1).fill('The four ClairAI images, updated by e2e.');
  await w.expectSaved();
  await w.next();
  await expect(w.heading('Review and update version')).toBeVisible();
  const diff = page.getByRole('table', { name: 'Changed fields' });
  await expect(diff.getByRole('row')).toHaveCount(3);
  await expect(diff.getByText('Release notes')).toBeVisible();
  await expect(diff.getByText('Short description')).toBeVisible();
  await page.getByText('Request JSON').click();
  const json = await page
    .locator('pre')
    .filter({ hasText: '"ChangeType": "UpdateDeliveryOptions"' })
    .innerText();
  expect(json).toContain('"ReleaseNotes": "Updated notes from the e2e test."');
  expect(json).not.toContain('"VersionTitle"');
  expect(json).not.toContain('"ContainerImages"');

  const seller = await pageAs(browser, 'seller');
  const id = await submitAsSeller(seller, w.url, 'Update version');
  await expectProductAfter(seller, id, async (p) => {
    await expect(p.getByText('Updated notes from the e2e test.')).toBeVisible({ timeout: 1000 });
  });
});
