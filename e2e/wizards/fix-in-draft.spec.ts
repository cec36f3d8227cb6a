import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { startDraftHere } from '../pages/wizard-page';

const IMAGE_PATH =
  'ChangeSet[0].DetailsDocument.DeliveryOptions[0].Details.HelmDeliveryOptionDetails.ContainerImages[0]';

test('Fix in draft: a new draft prefilled from a failed change, opened at the field with the AWS error', async ({
  page,
}) => {
  await signIn(page, 'product-manager');
  const q = new URLSearchParams({
    fromChangeSet: 'seedcs0failedversion00001',
    change: '0',
    focus: IMAGE_PATH,
    awsError: 'INVALID_CONTAINER_IMAGE_TAG',
  });
  await page.goto(`/drafts/new?${q}`);
  // Opening the link only shows what would be started.
  await expect(page.getByRole('heading', { name: 'Start a draft' })).toBeVisible();
  await expect(page.getByText('Prefilled from')).toBeVisible();
  const w = await startDraftHere(page);
  await page.waitForURL(/\/drafts\/[0-9a-f-]{36}\?/);
  await expect(w.heading('Configure delivery options')).toBeVisible();
  await expect(page.getByText(/AWS reported INVALID_CONTAINER_IMAGE_TAG/)).toBeVisible();
  const images = page.locator('[data-field="options.0.images"]');
  await expect(images).toBeFocused();
  await expect(images).toContainText('AWS reported INVALID_CONTAINER_IMAGE_TAG');

  // Once the value changes, AWS's verdict on the old value gives way to the checklist's on the new one.
  const latest = images.getByRole('button', { name: /^Remove image .*:latest$/ });
  const untagged = (await latest.getAttribute('aria-label'))!.replace(/^Remove image (.*):latest$/, '$1');
  await latest.click();
  await expect(images).not.toContainText('AWS reported');
  await images.getByRole('combobox', { name: 'Container images: image URI' }).fill(untagged);
  await images.getByRole('button', { name: 'Add image' }).click();
  await expect(images).toContainText(`${untagged} has no tag, which means 'latest'.`);
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByLabel('Version title')).toHaveValue('1.1.2');

  // The same deep link into an existing draft opens it at that field too.
  const url = w.url;
  await page.goto(`${url}?${new URLSearchParams({ focus: IMAGE_PATH, awsError: 'SCAN_ERROR' })}`);
  await expect(w.heading('Configure delivery options')).toBeVisible();
  await expect(page.getByText(/AWS reported SCAN_ERROR/)).toBeVisible();
});
