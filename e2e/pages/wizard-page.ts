import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { signIn, type DemoRole } from '../fixtures/auth';
import { EMULATOR, finish } from '../fixtures/catalog';

export const PRODUCT_ID = 'prod-clairaiobsv01';
export const PRODUCT_TITLE = 'ClairAI Observability Platform';

/** A signed-in page in its own browser context (so a PM and a seller can work side by side). */
export async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

/** Page object of a wizard draft (/drafts/<id>). */
export class WizardPage {
  constructor(readonly page: Page) {}

  /** From the product page, starts a new draft of the wizard behind `action` and waits for it. */
  static async start(page: Page, action: string, productId = PRODUCT_ID): Promise<WizardPage> {
    await page.goto(`/products/${productId}`);
    await page.getByRole('link', { name: action, exact: true }).click();
    return startDraftHere(page);
  }

  get url(): string {
    return this.page.url().split('?')[0]!;
  }
  get checklist(): Locator {
    return this.page.getByRole('complementary', { name: 'Checklist' });
  }
  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }
  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }
  async expectSaved() {
    await expect(this.saveStatus).toContainText(/Saved/, { timeout: 15_000 });
  }
  async next() {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  async finalButton(label: string): Promise<Locator> {
    return this.page.getByRole('button', { name: label, exact: true });
  }
  /** Ticks every attestation the checklist asks for (opening collapsed sections), until none is left. */
  async attestAll() {
    await expect(async () => {
      const closed = this.checklist.locator('button[aria-expanded="false"]');
      for (let n = await closed.count(); n > 0; n--) await closed.first().click();
      const boxes = this.checklist.getByRole('checkbox', { checked: false });
      for (let n = await boxes.count(); n > 0; n--) {
        await boxes.first().click();
      }
      await expect(this.checklist.getByRole('list', { name: 'Summary' })).toContainText('To confirm: 0', {
        timeout: 2000,
      });
    }).toPass({ timeout: 30_000 });
  }
  /** A failing or warning item (each finding is a button that focuses its field). */
  async expectChecklistItem(text: string | RegExp) {
    await expect(this.checklist.getByRole('button', { name: text }).first()).toBeVisible();
  }
  async expectNoChecklistItem(text: string | RegExp) {
    await expect(this.checklist.getByRole('button', { name: text })).toHaveCount(0);
  }
}

/**
 * On the "Start a draft" page: starts a new draft (another one, when an open draft for the same
 * target is offered) and waits for the wizard.
 */
export async function startDraftHere(page: Page): Promise<WizardPage> {
  await page.waitForURL(/\/drafts\/new/);
  await page.getByRole('button', { name: /^Start (another )?draft$/ }).click();
  await page.waitForURL(/\/drafts\/[0-9a-f-]{36}/, { timeout: 30_000 });
  const w = new WizardPage(page);
  await expect(w.saveStatus).toBeVisible();
  return w;
}

/** As a seller: opens the draft at its Review step, submits with `label`, and returns the change set id. */
export async function submitAsSeller(
  seller: Page,
  draftUrl: string,
  label: string,
  o: { confirm?: boolean } = {},
): Promise<string> {
  await seller.goto(`${draftUrl}?step=review`);
  await seller.getByRole('button', { name: label, exact: true }).click();
  if (o.confirm) await seller.getByRole('dialog').getByRole('button', { name: label, exact: true }).click();
  await seller.waitForURL(/\/change-sets\/[a-z0-9]+/, { timeout: 30_000 });
  return /\/change-sets\/([a-z0-9]+)/.exec(seller.url())![1]!;
}

/** Moves the change set to SUCCEEDED through the test control, then reloads the product page until `check` passes. */
export async function expectProductAfter(
  page: Page,
  changeSetId: string,
  check: (page: Page) => Promise<void>,
  productId = PRODUCT_ID,
) {
  await finish(page, changeSetId);
  await expect(async () => {
    await page.goto(`/products/${productId}`);
    await check(page);
  }).toPass({ timeout: 30_000, intervals: [500, 1000] });
}

export async function setFaults(page: Page, body: Record<string, unknown>) {
  const res = await page.request.post(`${EMULATOR}/_emulator/faults`, { data: body });
  expect(res.ok()).toBe(true);
}

/** As a product manager: an Add repositories draft naming `name`, saved; returns its URL. */
export async function repositoryDraft(pm: Page, name: string): Promise<string> {
  const w = await WizardPage.start(pm, 'Add repositories');
  await pm.getByLabel('Repository name 1').fill(name);
  await w.expectSaved();
  return w.url;
}
