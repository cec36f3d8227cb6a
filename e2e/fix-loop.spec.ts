import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures/auth';
import { advance, finish, holdAll, releaseAll } from './fixtures/catalog';
import { pageAs, repositoryDraft, setFaults, submitAsSeller, WizardPage } from './pages/wizard-page';

/*
 * The fix loop (issue #13): a submission that FAILED or was CANCELLED becomes a new revision of the
 * same draft, fixed at the field AWS named and submitted again; a SERVER_FAULT is resubmitted once.
 * Change sets move only when the test advances them.
 */
test.beforeEach(() => test.slow());
test.afterEach(async ({ page }) => {
  await setFaults(page, { changeSetFaultRate: 0 });
  await releaseAll(page);
});

const VULNERABLE = '709825985650.dkr.ecr.us-east-1.amazonaws.com/info-services/clairai:vulnerable-demo';

/** Advances the held change set until it ends; returns its end state. */
async function runToEnd(page: Page, changeSetId: string): Promise<string> {
  let status = 'PREPARING';
  for (let i = 0; i < 3 && ['PREPARING', 'APPLYING'].includes(status); i++)
    status = await advance(page, changeSetId);
  return status;
}

const history = (p: Page) => p.getByRole('list', { name: 'Submitted revisions' });

test('FAILED → Fix in draft → revise and fix at the field → resubmit → SUCCEEDED; history shows both', async ({
  page,
  browser,
}) => {
  await signIn(page, 'product-manager');
  await holdAll(page);
  const w = await WizardPage.start(page, 'Add a version');
  await page.getByLabel('Version title').fill('3.0.0');
  await page.getByLabel('Release notes').fill('Fix loop.');
  await w.next();
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
  // Confirmed first, then an image added: Wharf refuses to confirm "images scanned" for an image the
  // registry reports findings on, but keeps an earlier confirmation (the summary flags it), so the
  // vulnerable image reaches AWS, which fails the change set with SCAN_ERROR.
  await w.attestAll();
  // The confirmations must be stored before the image is added, or both go in one save (and the
  // scan confirmation is then refused for the vulnerable image).
  await w.expectSaved();
  await page.getByLabel('Container images: image URI').fill(VULNERABLE);
  await page.getByRole('button', { name: 'Add image' }).click();
  await w.expectSaved();
  const draftUrl = w.url;

  const seller = await pageAs(browser, 'seller');
  const failed = await submitAsSeller(seller, draftUrl, 'Add version');
  // While AWS prepares it the draft is read-only, and says why.
  await page.goto(draftUrl);
  await expect(page.getByText('Read only while AWS Marketplace works on it')).toBeVisible();
  expect(await runToEnd(page, failed)).toBe('FAILED');

  await page.goto(`/change-sets/${failed}`);
  const scan = page.getByRole('listitem').filter({ hasText: 'SCAN_ERROR' });
  await scan.getByRole('link', { name: 'Fix in draft' }).click({ timeout: 30_000 });
  await page.waitForURL(new RegExp(`${draftUrl}\\?.*awsError=SCAN_ERROR`));
  await expect(page.getByText('This revision was not applied')).toBeVisible();
  const revisionBefore = (await page.getByText(/^Revision \d+$/).textContent()) ?? '';
  await page.getByRole('button', { name: 'Revise draft' }).click();

  // The new revision opens editable, with AWS's error at the field it named.
  const images = page.locator('[data-field="options.0.images"]');
  await expect(images).toContainText('AWS reported SCAN_ERROR');
  await expect(page.getByText('This revision was not applied')).toHaveCount(0);
  // The revised draft arrives from the server after the click: edit once it is the editable revision.
  await expect(page.getByTestId('save-status')).not.toContainText(/read only/i);
  await expect(page.getByText(/^Revision \d+$/)).not.toHaveText(revisionBefore);
  await images.getByRole('checkbox', { name: /^vulnerable-demo/ }).uncheck();
  await w.expectSaved();
  await expect(images.getByRole('checkbox', { name: /^vulnerable-demo/ })).not.toBeChecked();
  await expect(images).not.toContainText('AWS reported');
  // AWS judged the content, so the attestations are confirmed again for the fixed revision.
  await w.attestAll();
  await w.expectSaved();

  const fixed = await submitAsSeller(seller, draftUrl, 'Add version');
  expect(fixed).not.toBe(failed);
  await finish(page, fixed);
  await expect(async () => {
    await page.goto(draftUrl);
    await expect(page.getByText('Applied', { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(history(page).getByRole('link', { name: failed })).toBeVisible();
  await expect(history(page).getByRole('link', { name: fixed })).toBeVisible();
  await expect(history(page)).toContainText('SCAN_ERROR');
  await expect(history(page)).toContainText('Succeeded');

  // An applied draft is never edited again; it can be duplicated as a new one.
  await page.getByRole('button', { name: 'Duplicate as new draft' }).click();
  await page.waitForURL((u) => /\/drafts\/[0-9a-f-]{36}$/.test(u.pathname) && !draftUrl.endsWith(u.pathname));
  await expect(page.getByLabel('Version title')).toHaveValue('3.0.0');
  await expect(page.getByLabel('Version title')).toBeEditable();
});

test('CANCELLED → revise → edit → resubmit → SUCCEEDED; history shows both', async ({ page, browser }) => {
  await signIn(page, 'product-manager');
  await holdAll(page);
  const draftUrl = await repositoryDraft(page, 'loop-cancelled');
  const seller = await pageAs(browser, 'seller');
  const cancelled = await submitAsSeller(seller, draftUrl, 'Add repositories');
  await seller.getByRole('button', { name: 'Cancel change set' }).click();
  await seller.getByRole('dialog').getByRole('button', { name: 'Cancel change set' }).click();
  await expect(seller.getByTestId('live-status')).toHaveText('Cancelled', { timeout: 30_000 });

  await page.goto(draftUrl);
  await page.getByRole('button', { name: 'Revise draft' }).click();
  const name = page.getByLabel('Repository name 1');
  await expect(name).toBeEditable();
  await name.fill('loop-cancelled-2');
  await new WizardPage(page).expectSaved();

  const again = await submitAsSeller(seller, draftUrl, 'Add repositories');
  await finish(page, again);
  await expect(async () => {
    await page.goto(draftUrl);
    await expect(history(page)).toContainText('Succeeded', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(history(page).getByRole('link', { name: cancelled })).toBeVisible();
  await expect(history(page).getByRole('link', { name: again })).toBeVisible();
  await expect(history(page)).toContainText('Cancelled');
});

test('SERVER_FAULT resubmitted from two tabs at once → one new change set', async ({ page, browser }) => {
  await signIn(page, 'product-manager');
  await holdAll(page);
  const draftUrl = await repositoryDraft(page, 'loop-fault');
  const seller = await pageAs(browser, 'seller');
  await setFaults(page, { changeSetFaultRate: 1 });
  const failed = await submitAsSeller(seller, draftUrl, 'Add repositories');
  expect(await runToEnd(page, failed)).toBe('FAILED');
  await setFaults(page, { changeSetFaultRate: 0 });

  const tab2 = await pageAs(browser, 'seller');
  await Promise.all([seller.goto(`/change-sets/${failed}`), tab2.goto(`/change-sets/${failed}`)]);
  for (const p of [seller, tab2]) {
    await p.getByRole('button', { name: 'Submit again' }).click({ timeout: 30_000 });
    await expect(p.getByRole('dialog')).toBeVisible();
  }
  const confirm = (p: Page) => p.getByRole('dialog').getByRole('button', { name: 'Submit again' }).click();
  await Promise.all([confirm(seller), confirm(tab2)]);
  const next = (u: URL) => u.pathname.startsWith('/change-sets/') && !u.pathname.endsWith(failed);
  await Promise.all([seller.waitForURL(next), tab2.waitForURL(next)]);
  const [a, b] = [new URL(seller.url()).pathname, new URL(tab2.url()).pathname];
  expect(a).toBe(b);
  const resubmitted = a.split('/').pop()!;
  expect(resubmitted).not.toBe(failed);

  // The failed change set now names its resubmission instead of offering the button again.
  await seller.goto(`/change-sets/${failed}`);
  await expect(seller.getByText(/Resubmitted as/)).toBeVisible();
  await expect(seller.getByRole('link', { name: resubmitted })).toHaveAttribute(
    'href',
    `/change-sets/${resubmitted}`,
  );
  await expect(seller.getByRole('button', { name: 'Submit again' })).toHaveCount(0);
  await finish(page, resubmitted);
  await page.goto(draftUrl);
  await expect(history(page).getByRole('link')).toHaveCount(2);
});
