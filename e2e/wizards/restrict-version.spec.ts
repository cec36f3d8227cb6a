import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { expectProductAfter, pageAs, submitAsSeller, WizardPage } from '../pages/wizard-page';

// A product manager and a seller sign in and work side by side: these tests get the slow timeout.
test.beforeEach(() => test.slow());

test('Restrict a version: add-on options cannot be chosen, the older Helm option is restricted', async ({
  page,
  browser,
}) => {
  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Restrict a version');
  await expect(w.heading('Choose delivery options to restrict')).toBeVisible();
  await expect(
    page.getByText('Amazon EKS add-on options cannot be restricted through the Catalog API'),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Amazon EKS add-on/ })).toBeDisabled();
  await w.next();
  await expect(w.heading('Choose delivery options to restrict')).toBeVisible();
  await page.getByRole('checkbox', { name: /^1\.1\.0 — / }).check();
  await w.expectSaved();
  await w.next();
  await expect(w.heading('Review and restrict')).toBeVisible();

  const seller = await pageAs(browser, 'seller');
  // Destructive: the seller is asked first, and told what new buyers lose.
  await seller.goto(`${w.url}?step=review`);
  await seller.getByRole('button', { name: 'Restrict delivery options', exact: true }).click();
  const ask = seller.getByRole('dialog', { name: 'Restrict this delivery option?' });
  await expect(ask).toContainText(/New buyers will no longer be able to subscribe to or launch/);
  await expect(ask.getByRole('listitem')).toHaveText([/^1\.1\.0 — /]);
  await ask.getByRole('button', { name: 'Keep them' }).click();
  await expect(ask).toHaveCount(0);
  const id = await submitAsSeller(seller, w.url, 'Restrict delivery options', { confirm: true });
  await expectProductAfter(seller, id, async (p) => {
    const v = p.getByRole('table', { name: 'Delivery options of version 1.1.0' });
    await expect(v.getByText('Restricted')).toBeVisible({ timeout: 1000 });
  });
});
