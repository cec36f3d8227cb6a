import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { expectProductAfter, pageAs, submitAsSeller, WizardPage } from '../pages/wizard-page';

// A product manager and a seller sign in and work side by side: these tests get the slow timeout.
test.beforeEach(() => test.slow());

test('Add a version: Helm option from a template, checklist errors appear and clear, seller submits, version appears', async ({
  page,
  browser,
}) => {
  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Add a version');
  await expect(w.heading('Describe the version')).toBeVisible();
  // Next is refused while the step has errors, and the first bad field is focused.
  await w.next();
  await expect(w.heading('Describe the version')).toBeVisible();
  await expect(page.getByLabel('Version title')).toBeFocused();
  await page.getByLabel('Version title').fill(' 2.0.0');
  await w.expectChecklistItem(/start with a space|Version title/i);
  await page.getByLabel('Version title').fill('2.0.0');
  await page.getByLabel('Release notes').fill('Adds the 2.0 collectors.');
  await w.next();
  await expect(w.heading('Configure delivery options')).toBeVisible();
  await w.expectChecklistItem(/container image/i);

  const copy = page.getByRole('button', { name: 'Copy as new option' });
  // On a busy machine the choice can land before the step has hydrated: choose until it holds.
  await expect(async () => {
    await page
      .getByLabel('Start from an existing delivery option')
      .selectOption({ label: '1.1.1 — Helm chart for Amazon EKS' });
    await expect(copy).toBeEnabled({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await copy.click();
  await page.getByRole('button', { name: 'Remove delivery option 1' }).click();
  await expect(page.getByLabel('Delivery option title')).toHaveValue('Helm chart for Amazon EKS');
  // A "latest" tag is caught as it is typed, and clears when removed.
  await page
    .getByLabel('Container images: image URI')
    .fill('709825985650.dkr.ecr.us-east-1.amazonaws.com/info-services/clairai:latest');
  await page.getByRole('button', { name: 'Add image' }).click();
  await w.expectChecklistItem(/latest/i);
  await page.getByRole('button', { name: /Remove image .*:latest/ }).click();
  await w.expectNoChecklistItem(/latest/i);

  await w.attestAll();
  await expect(w.checklist.getByRole('list', { name: 'Summary' })).toContainText('Failed: 0');
  await expect(w.checklist.getByRole('list', { name: 'Summary' })).toContainText('To confirm: 0');
  await w.expectSaved();
  await w.next();
  await expect(w.heading('Review and add version')).toBeVisible();
  await expect(page.getByText('2.0.0').first()).toBeVisible();
  await expect(await w.finalButton('Add version')).toBeDisabled();

  const seller = await pageAs(browser, 'seller');
  const id = await submitAsSeller(seller, w.url, 'Add version');
  await expectProductAfter(seller, id, async (p) => {
    await expect(p.getByRole('heading', { name: /Version 2\.0\.0/ })).toBeVisible({ timeout: 1000 });
  });
});

test('An add-on option picks its Kubernetes versions and add-on type from the lists Amazon EKS supports', async ({
  page,
}) => {
  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Add a version');
  await page.getByLabel('Version title').fill('2.1.0');
  await page.getByLabel('Release notes').fill('Add-on only.');
  await w.next();
  await expect(w.heading('Configure delivery options')).toBeVisible();
  await page.getByLabel('Delivery method').selectOption({ value: 'eks-addon' });
  await page.getByRole('button', { name: 'Add delivery option' }).click();
  const versions = page.getByRole('group', { name: 'Compatible Kubernetes versions' }).last();
  await expect(versions.getByRole('checkbox', { name: '1.34' })).toBeVisible();
  await versions.getByRole('checkbox', { name: '1.33' }).check();
  await expect(
    page.getByLabel('Add-on type').last().locator('option', { hasText: 'networking' }),
  ).toHaveCount(1);
  await w.expectSaved();
  // The choice is part of the saved draft.
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Compatible Kubernetes versions' })
      .last()
      .getByRole('checkbox', { name: '1.33' }),
  ).toBeChecked();
});
