import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { WizardPage } from '../pages/wizard-page';

const MISSING = /no override parameter defaults to \$\{AWSMP_SERVICE_ACCOUNT\}/;

test('ClairAI is paid: a Helm option without the ${AWSMP_SERVICE_ACCOUNT} override fails the checklist, with it passes', async ({
  page,
}) => {
  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Add a version');
  await page.getByLabel('Version title').fill('2.1.0');
  await page.getByLabel('Release notes').fill('Service account checks.');
  await w.next();
  await expect(w.heading('Configure delivery options')).toBeVisible();
  await page
    .getByLabel('Start from an existing delivery option')
    .selectOption({ label: '1.1.1 — Helm chart for Amazon EKS' });
  await page.getByRole('button', { name: 'Copy as new option' }).click();
  await page.getByRole('button', { name: 'Remove delivery option 1' }).click();
  const defaultValue = page.getByLabel('Default value');
  await expect(defaultValue).toHaveValue('${AWSMP_SERVICE_ACCOUNT}');
  await w.expectNoChecklistItem(MISSING);

  await defaultValue.fill('clairai-sa');
  await w.expectChecklistItem(MISSING);
  await expect(w.checklist.getByRole('list', { name: 'Summary' })).not.toContainText('Failed: 0');

  await defaultValue.fill('${AWSMP_SERVICE_ACCOUNT}');
  await w.expectNoChecklistItem(MISSING);
});
