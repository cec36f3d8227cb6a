import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { expectProductAfter, pageAs, submitAsSeller, WizardPage } from '../pages/wizard-page';

// A product manager and a seller sign in and work side by side: these tests get the slow timeout.
test.beforeEach(() => test.slow());

test('Release an EKS add-on: only Limited add-on options, ISV-testing attestation required, becomes Public', async ({
  page,
  browser,
}) => {
  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Release an EKS add-on');
  await expect(w.heading('Choose add-on options to release')).toBeVisible();
  // The step offers add-on options only (the checklist beside it has its own checkboxes).
  const step = page.getByRole('form', { name: 'Release an EKS add-on' });
  await expect(step.getByRole('checkbox')).toHaveCount(
    await step.getByRole('checkbox', { name: /Amazon EKS add-on/ }).count(),
  );
  await page.getByRole('checkbox', { name: /Amazon EKS add-on/ }).check();
  await w.next();
  await expect(w.heading('Confirm ISV testing')).toBeVisible();
  // The confirmation is the checklist's manual rule: open until ticked, here or in the checklist.
  const summary = w.checklist.getByRole('list', { name: 'Summary' });
  await expect(summary).toContainText('To confirm: 1');
  await page.getByRole('checkbox', { name: /I confirm ISV testing was done/ }).check();
  await expect(summary).toContainText('To confirm: 0');
  await w.expectSaved();
  await w.next();
  await expect(w.heading('Review and release')).toBeVisible();

  const seller = await pageAs(browser, 'seller');
  const id = await submitAsSeller(seller, w.url, 'Release add-on');
  await expectProductAfter(seller, id, async (p) => {
    const v = p.getByRole('table', { name: 'Delivery options of version 1.1.1' });
    await expect(v.getByRole('row', { name: /Amazon EKS add-on/ }).getByText('Public')).toBeVisible({
      timeout: 1000,
    });
  });
});
