import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { expectProductAfter, pageAs, submitAsSeller, WizardPage } from '../pages/wizard-page';

// A product manager and a seller sign in and work side by side: these tests get the slow timeout.
test.beforeEach(() => test.slow());

test('Add repositories: checked as typed, reviewed, submitted by a seller, and the product gains the repository', async ({
  page,
  browser,
}) => {
  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Add repositories');
  await expect(w.heading('Name the repositories')).toBeVisible();
  const name = page.getByLabel('Repository name 1');
  await name.fill('Bad Name');
  await name.blur();
  await w.expectChecklistItem(/Repository names are valid/);
  await expect(page.getByText(/Repository URI: .*\/Bad Name/)).toBeVisible();
  // An existing repository is a clash.
  await name.fill('clairai');
  await w.expectChecklistItem(/do not already exist/);
  await name.fill('e2e-collector');
  await w.expectNoChecklistItem(/Repository names are valid/);
  await w.expectNoChecklistItem(/do not already exist/);
  await w.expectSaved();
  await w.next();
  await expect(w.heading('Review and add repositories')).toBeVisible();
  // Focus moves to the new step's heading, not the button at the bottom of the page.
  await expect(w.heading('Review and add repositories')).toBeFocused();
  await expect(page.getByText(/info-services\/e2e-collector/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit: Step 1: Name the repositories' })).toBeVisible();
  // A product manager prepares; only a seller submits.
  await expect(await w.finalButton('Add repositories')).toBeDisabled();
  await page.getByText('AWS CLI command').click();
  await expect(page.getByText(/aws marketplace-catalog start-change-set/)).toBeVisible();

  const seller = await pageAs(browser, 'seller');
  const id = await submitAsSeller(seller, w.url, 'Add repositories');
  expect(id).toMatch(/^[a-z0-9]+$/);
  await expectProductAfter(seller, id, async (p) => {
    await expect(
      p.getByRole('table', { name: 'Repositories' }).getByText('e2e-collector', { exact: true }),
    ).toBeVisible({ timeout: 1000 });
  });
  // The new repository's push commands.
  await seller.getByText('Push commands for e2e-collector').click();
  await expect(
    seller.getByText(
      'docker push 709825985650.dkr.ecr.us-east-1.amazonaws.com/info-services/e2e-collector:1.0.0',
    ),
  ).toBeVisible();
  await expect(
    seller.getByText(
      'helm push e2e-collector-1.0.0.tgz oci://709825985650.dkr.ecr.us-east-1.amazonaws.com/info-services',
    ),
  ).toBeVisible();
});

test('a click right after typing is not lost when the blur-time message moves the layout', async ({
  page,
}) => {
  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Add repositories');
  await page.getByLabel('Repository name 1').fill('Bad Name');
  // The field still has focus: the click blurs it, and its message appears under it.
  await page.getByRole('button', { name: 'Add another repository' }).click();
  await expect(page.getByLabel('Repository name 2')).toBeVisible();
  await expect(page.getByText(/not a valid repository name|Repository names/).first()).toBeVisible();
  await w.expectChecklistItem(/Repository names are valid/);
});
