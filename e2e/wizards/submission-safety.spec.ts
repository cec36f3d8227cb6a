import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { expectProductAfter, pageAs, repositoryDraft, setFaults, WizardPage } from '../pages/wizard-page';
import { holdAll, releaseAll } from '../fixtures/catalog';

// A product manager and a seller sign in and work side by side: these tests get the slow timeout.
test.beforeEach(() => test.slow());

test.afterEach(async ({ page }) => releaseAll(page));

const repoVisible = (name: string) => async (p: Page) => {
  await expect(p.getByRole('table', { name: 'Repositories' }).getByText(name, { exact: true })).toBeVisible({
    timeout: 1000,
  });
};

const changeSetIdOf = (p: Page) => /\/change-sets\/([a-z0-9]+)/.exec(p.url())![1]!;

test('an invalid form cannot be submitted', async ({ page, browser }) => {
  await signIn(page, 'product-manager');
  const w = await WizardPage.start(page, 'Add repositories');
  const name = page.getByLabel('Repository name 1');
  await name.fill('Not Valid');
  await w.expectSaved();
  await w.next();
  await expect(w.heading('Name the repositories')).toBeVisible();
  await expect(name).toBeFocused();
  await expect(page.getByText('Not Valid is not a valid repository name.').first()).toBeVisible();
  const seller = await pageAs(browser, 'seller');
  await seller.goto(`${w.url}?step=review`);
  await seller.getByRole('button', { name: 'Add repositories', exact: true }).click();
  await expect(seller.getByText(/Fix the 1 blocking checklist item/)).toBeVisible();
  await expect(seller).toHaveURL(/\/drafts\//);
});

test('a busy product: the second submission names the running change set', async ({ page, browser }) => {
  await signIn(page, 'product-manager');
  const first = await repositoryDraft(page, 'busy-one');
  const second = await repositoryDraft(page, 'busy-two');
  const a = await pageAs(browser, 'seller');
  const b = await pageAs(browser, 'seller');
  await Promise.all([a.goto(`${first}?step=review`), b.goto(`${second}?step=review`)]);
  // The first change set stays PREPARING (same change type: it locks the product) until the test moves it.
  await holdAll(page);
  // Both at once: whichever StartChangeSet lands second meets the first one's lock.
  const button = (p: Page) => p.getByRole('button', { name: 'Add repositories', exact: true });
  await Promise.all([button(a).click(), button(b).click()]);
  await expect(async () => {
    expect([/\/change-sets\//.test(a.url()), /\/change-sets\//.test(b.url())].filter(Boolean)).toHaveLength(
      1,
    );
  }).toPass({ timeout: 30_000 });
  const [winner, loser] = /\/change-sets\//.test(a.url()) ? [a, b] : [b, a];
  const running = changeSetIdOf(winner);
  await expect(loser.getByText(`This product is busy with change set ${running}`)).toBeVisible();
  await expect(loser.getByRole('link', { name: `Open change set ${running}` })).toHaveAttribute(
    'href',
    `/change-sets/${running}`,
  );
  await expect(loser.getByText('Your draft is kept.')).toBeVisible();
  await expectProductAfter(winner, running, repoVisible(winner === a ? 'busy-one' : 'busy-two'));
});

test('a throttled API: a clear message, the draft kept, and a retry that succeeds', async ({
  page,
  browser,
}) => {
  await signIn(page, 'product-manager');
  const url = await repositoryDraft(page, 'throttled-repo');
  const seller = await pageAs(browser, 'seller');
  await seller.goto(`${url}?step=review`);
  await setFaults(seller, { throttle: { StartChangeSet: 0.001 } });
  try {
    await seller.getByRole('button', { name: 'Add repositories', exact: true }).click();
    await expect(seller.getByText(/limiting requests/)).toBeVisible({ timeout: 30_000 });
    await expect(seller).toHaveURL(/\/drafts\//);
  } finally {
    await setFaults(seller, { throttle: false });
  }
  await seller.getByRole('button', { name: 'Add repositories', exact: true }).click();
  await seller.waitForURL(/\/change-sets\/[a-z0-9]+/);
  await expectProductAfter(seller, changeSetIdOf(seller), repoVisible('throttled-repo'));
});

test('a double submit from two tabs yields one change set that both see', async ({ page, browser }) => {
  await signIn(page, 'product-manager');
  const url = await repositoryDraft(page, 'double-repo');
  // Two windows of the same seller (a background tab would not get its click until it is shown).
  const seller = await pageAs(browser, 'seller');
  const tab2 = await pageAs(browser, 'seller');
  await Promise.all([seller.goto(`${url}?step=review`), tab2.goto(`${url}?step=review`)]);
  const button = (p: typeof seller) => p.getByRole('button', { name: 'Add repositories', exact: true });
  await Promise.all([button(seller).click(), button(tab2).click()]);
  await Promise.all([
    seller.waitForURL(/\/change-sets\/[a-z0-9]+/),
    tab2.waitForURL(/\/change-sets\/[a-z0-9]+/),
  ]);
  expect(new URL(seller.url()).pathname).toBe(new URL(tab2.url()).pathname);
  await expectProductAfter(seller, changeSetIdOf(seller), repoVisible('double-repo'));
  await seller.goto(`/products/prod-clairaiobsv01`);
  await expect(
    seller
      .getByRole('table', { name: 'Recent change sets' })
      .getByRole('row', { name: /double-repo|Add repositories/ }),
  ).not.toHaveCount(0);
});

test('a conflicting save in a second page is shown, and keeping my copy saves it', async ({ page }) => {
  await signIn(page, 'product-manager');
  const url = await repositoryDraft(page, 'conflict-a');
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByLabel('Repository name 1')).toHaveValue('conflict-a');
  await page.getByLabel('Repository name 1').fill('conflict-b');
  await expect(page.getByTestId('save-status')).toContainText('Saved', { timeout: 15_000 });
  await other.getByLabel('Repository name 1').fill('conflict-c');
  await expect(other.getByText('This draft was changed somewhere else')).toBeVisible({ timeout: 15_000 });
  await expect(other.getByTestId('save-status')).toContainText('Not saved');
  await other.getByRole('button', { name: 'Keep my copy' }).click();
  await expect(other.getByTestId('save-status')).toContainText('Saved', { timeout: 15_000 });
  page.on('dialog', (d) => void d.accept());
  await page.reload();
  await expect(page.getByLabel('Repository name 1')).toHaveValue('conflict-c');
});
