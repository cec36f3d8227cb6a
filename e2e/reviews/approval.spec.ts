import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadFixture, makeTgz } from '../../lib/chart/io/testing';
import { pageAs, WizardPage } from '../pages/wizard-page';

// Four people work side by side on one draft.
test.beforeEach(() => test.slow());

function chartWithWarning(): string {
  // The ClairAI chart with one image reference that cannot be resolved statically: a warning only.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-review-e2e-')), 'clairai-0.1.0.tgz');
  fs.writeFileSync(file, makeTgz(loadFixture('clairai', 'chart-images-resolvable'), 'clairai'));
  return file;
}

async function setPolicy(admin: Page, approvals: number) {
  await admin.goto('/settings');
  await admin.getByLabel('Add version', { exact: true }).fill(String(approvals));
  await admin.getByRole('button', { name: 'Save approval policy' }).click();
  await expect(admin.getByText('Approval policy saved.')).toBeVisible();
}

const count = async (scope: ReturnType<Page['locator']>, label: RegExp) =>
  Number(label.exec((await scope.textContent()) ?? '')?.[1] ?? NaN);

test('Review: requested, summarised with the wizard’s counts, approved, put out of date by an edit, and required by the policy before a seller submits', async ({
  browser,
}) => {
  const admin = await pageAs(browser, 'admin');
  await setPolicy(admin, 1);
  try {
    await expectFullLoop(browser);
  } finally {
    await setPolicy(admin, 0);
  }
});

async function expectFullLoop(browser: Parameters<typeof pageAs>[0]) {
  const pm = await pageAs(browser, 'product-manager');
  const w = await WizardPage.start(pm, 'Add a version');
  await pm.getByLabel('Version title').fill('4.2.0');
  await pm.getByLabel('Release notes').fill('Reviewed release.');
  await w.next();
  await pm
    .getByLabel('Start from an existing delivery option')
    .selectOption({ label: '1.1.1 — Helm chart for Amazon EKS' });
  await pm.getByRole('button', { name: 'Copy as new option' }).click();
  await pm.getByRole('button', { name: 'Remove delivery option 1' }).click();
  await w.expectSaved();
  const preflight = pm.locator('[data-chart-preflight="options.0"]');
  await preflight.getByLabel('Check a packaged chart (.tgz)').setInputFiles(chartWithWarning());
  await expect(preflight.getByRole('status').filter({ hasText: 'Chart checked' })).toHaveCount(1);
  await w.attestAll();
  const summary = w.checklist.getByRole('list', { name: 'Summary' });
  await expect(summary).toContainText('Failed: 0');
  await w.expectSaved();
  const wizard = {
    warnings: await count(summary, /Warnings:\s*(\d+)/),
    passed: await count(summary, /Passed:\s*(\d+)/),
  };
  expect(wizard.warnings).toBeGreaterThanOrEqual(1);

  // The product manager asks for a review of the revision they see.
  const panel = pm.getByTestId('draft-review');
  await expect(panel).toContainText('Review not requested');
  await panel.getByRole('button', { name: 'Request review' }).click();
  await pm.getByRole('dialog').getByLabel('Note for reviewers (optional)').fill('Chart has one warning.');
  await pm.getByRole('dialog').getByRole('button', { name: 'Request review' }).click();
  await expect(panel).toContainText(/In review \(revision \d+\)/);
  const draftId = w.url.split('/').pop()!;

  // The reviewer is told, and reads a summary with the wizard's counts.
  const reviewer = await pageAs(browser, 'reviewer');
  await reviewer.goto('/reviews');
  const row = reviewer
    .getByRole('row')
    .filter({ has: reviewer.getByRole('link', { name: /4\.2\.0|Add version/ }) });
  await expect(row.first()).toContainText('In review');
  await reviewer.goto(`/reviews/${draftId}`);
  const counts = reviewer.getByLabel('Checklist counts');
  await expect(counts).toContainText('0 failing');
  expect(await count(counts, /(\d+) warnings?/)).toBe(wizard.warnings);
  expect(await count(counts, /(\d+) passed/)).toBe(wizard.passed);
  await expect(reviewer.getByText(/could not be resolved statically/).first()).toBeVisible();
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer.getByText(/Revision \d+ approved\./)).toBeVisible();
  await expect(reviewer.getByText(/^Approved \(revision \d+\)$/).first()).toBeVisible();

  // The seller sees it approved; then the product manager edits, and the approval goes out of date for all.
  await pm.reload();
  await expect(panel).toContainText(/Approved \(revision \d+\)/);
  await pm.goto(`${w.url}?step=version`);
  await pm.getByLabel('Release notes').fill('Reviewed release, with a late edit.');
  await w.expectSaved();
  await expect(panel).toContainText('Approval out of date');
  await reviewer.reload();
  await expect(reviewer.getByText(/^Approval out of date/).first()).toBeVisible();

  const seller = await pageAs(browser, 'seller');
  await seller.goto('/drafts');
  await expect(seller.getByRole('row').filter({ hasText: '4.2.0' }).first()).toContainText(
    'Approval out of date',
  );
  await seller.goto(`/drafts/${draftId}?step=review`);
  await expect(seller.getByText('Waiting for approval')).toBeVisible();
  await expect(
    seller.getByText(/needs 1 reviewer approval before it can be submitted; it has 0/),
  ).toBeVisible();
  await expect(seller.getByRole('button', { name: 'Add version', exact: true })).toBeDisabled();

  // Approved again, the exact revision is submitted.
  await reviewer.reload();
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer.getByText(/Revision \d+ approved\./)).toBeVisible();
  await seller.reload();
  await expect(seller.getByText('Waiting for approval')).toHaveCount(0);
  await seller.getByRole('button', { name: 'Add version', exact: true }).click();
  await seller.waitForURL(/\/change-sets\/[a-z0-9]+/, { timeout: 30_000 });
}
