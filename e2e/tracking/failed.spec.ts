import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { startDraftHere } from '../pages/wizard-page';
import { screenshot, SEED_FAILED } from './helpers';

const IMAGES =
  'ChangeSet[0].DetailsDocument.DeliveryOptions[0].Details.HelmDeliveryOptionDetails.ContainerImages';

test('a failed change set explains each error with its rule and field, links the findings, and Fix in draft targets the field', async ({
  page,
}) => {
  await signIn(page, 'reviewer');
  await page.goto(`/change-sets/${SEED_FAILED}`);
  await expect(page.getByTestId('live-status')).toHaveText('Failed');
  await expect(page.getByText('Failed with 2 errors')).toBeVisible();
  await expect(
    page.getByText(
      "An image uses the 'latest' tag, which AWS Marketplace rejects because it can change under buyers.",
    ),
  ).toBeVisible();
  await expect(
    page.getByText('AWS Marketplace’s security scan found a vulnerability in an image.'),
  ).toBeVisible();
  await expect(
    page.getByText(/Field: Container images of “Helm chart for Amazon EKS”/).first(),
  ).toBeVisible();
  await expect(page.getByText(/Checklist rule:/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Security findings' })).toHaveAttribute(
    'href',
    /_emulator\/findings\/[a-f0-9]{64}\.json/,
  );
  await expect(page.getByText(/available until .* \(60 days after the change set ended\)/)).toBeVisible();
  // A reviewer sees the link, and why they cannot use it themselves.
  const fix = page.getByRole('link', { name: 'Fix in draft' }).first();
  const href = new URL((await fix.getAttribute('href'))!, 'http://x');
  expect(href.pathname).toBe('/drafts/new');
  expect(Object.fromEntries(href.searchParams)).toEqual({
    fromChangeSet: SEED_FAILED,
    change: '0',
    focus: IMAGES,
    awsError: 'INVALID_CONTAINER_IMAGE_TAG',
  });
  await expect(page.getByText(/Only product managers can edit drafts/).first()).toBeVisible();
  await screenshot(page, 'detail-failed');
});

test('Fix in draft opens the wizard at the field with the AWS error, for a product manager', async ({
  page,
}) => {
  await signIn(page, 'product-manager');
  await page.goto(`/change-sets/${SEED_FAILED}`);
  await expect(page.getByText(/Only product managers can edit drafts/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Fix in draft' }).first().click();
  // Submitted outside the console: the link offers a new draft prefilled from the change.
  await startDraftHere(page);
  await expect(page.getByText(/AWS reported INVALID_CONTAINER_IMAGE_TAG/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Configure delivery options' })).toBeVisible();
  await screenshot(page, 'fix-in-draft-landing');
});
