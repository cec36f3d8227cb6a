import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFixture, makeTgz } from '../../lib/chart/io/testing';
import { signIn } from '../fixtures/auth';
import { WizardPage } from '../pages/wizard-page';

// Outside test-results: a parallel Playwright run elsewhere in the checkout may clear that folder.
function tempFile(name: string, data: string | Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-chart-e2e-')), name);
  fs.writeFileSync(file, data);
  return file;
}

test('Add a version: a product manager checks a packaged chart, sees its findings with file:line in the live checklist, and removes it', async ({
  page,
}, testInfo) => {
  // A ClairAI chart with an image hard-coded in a conditional branch (templates/backend-deployment.yaml:16).
  const tgz = tempFile(
    'clairai-0.1.0.tgz',
    makeTgz(loadFixture('clairai', 'chart-image-not-hardcoded'), 'clairai'),
  );

  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Add a version');
  await page.getByLabel('Version title').fill('3.0.0');
  await page.getByLabel('Release notes').fill('Chart preflight.');
  await w.next();
  await expect(w.heading('Configure delivery options')).toBeVisible();
  await page
    .getByLabel('Start from an existing delivery option')
    .selectOption({ label: '1.1.1 — Helm chart for Amazon EKS' });
  await page.getByRole('button', { name: 'Copy as new option' }).click();
  await page.getByRole('button', { name: 'Remove delivery option 1' }).click();
  await expect(page.getByLabel('Delivery option title')).toHaveValue('Helm chart for Amazon EKS');
  // The route reads the option as saved.
  await w.expectSaved();

  const preflight = page.locator('[data-chart-preflight="options.0"]');
  await preflight.getByLabel('Check a packaged chart (.tgz)').setInputFiles(tgz);
  const findings = preflight.getByRole('list', { name: 'Findings in clairai-0.1.0.tgz' });
  await expect(findings).toContainText('templates/backend-deployment.yaml:16');
  await expect(findings).toContainText(/hard-coded image reference/i);
  await expect(preflight).toContainText('clairai 0.1.0');
  await expect(preflight.getByRole('status').filter({ hasText: 'Chart checked' })).toHaveCount(1);
  await w.expectChecklistItem(/templates\/backend-deployment\.yaml:16: hard-coded image/);
  // The checklist item leads to the option's chart preflight.
  await w.checklist.getByRole('button', { name: /templates\/backend-deployment\.yaml:16/ }).click();
  await expect(preflight.getByLabel('Check a packaged chart (.tgz)')).toBeFocused();
  await preflight.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: process.env.CHART_E2E_SCREENSHOT ?? testInfo.outputPath('chart-preflight.png'),
  });
  await w.checklist
    .getByRole('button', { name: /templates\/backend-deployment\.yaml:16/ })
    .scrollIntoViewIfNeeded();
  await page.screenshot({
    path:
      process.env.CHART_E2E_SCREENSHOT?.replace(/\.png$/, '-checklist.png') ??
      testInfo.outputPath('chart-checklist.png'),
  });

  // Kept with the draft: a reload shows the same result and checklist item.
  await page.reload();
  await expect(w.heading('Configure delivery options')).toBeVisible();
  await expect(findings).toContainText('templates/backend-deployment.yaml:16');
  await w.expectChecklistItem(/templates\/backend-deployment\.yaml:16: hard-coded image/);

  await preflight.getByRole('button', { name: 'Remove chart clairai-0.1.0.tgz' }).click();
  await expect(findings).toHaveCount(0);
  await w.expectNoChecklistItem(/templates\/backend-deployment\.yaml:16/);
  await expect(preflight.getByLabel('Check a packaged chart (.tgz)')).toBeFocused();
});

test('A file that is not a chart archive is refused at the field', async ({ page }) => {
  const bogus = tempFile('notes.tgz', 'apiVersion: v2\nname: not-gzip\n');
  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Add a version');
  await page.getByLabel('Version title').fill('3.0.1');
  await page.getByLabel('Release notes').fill('Chart preflight.');
  await w.next();
  await w.expectSaved();
  const input = page.getByLabel('Check a packaged chart (.tgz)').first();
  await input.setInputFiles(bogus);
  await expect(
    page.getByText('The file is not a gzip-compressed chart archive (.tgz).', { exact: true }),
  ).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
});
