import { expect, type Page } from '@playwright/test';
import { EMULATOR } from '../fixtures/catalog';
export const SEED_FAILED = 'seedcs0failedversion00001';

/** Starts a CreateProduct change set straight on the e2e Catalog service (new products never lock each other). */
export async function startChangeSetDirect(page: Page, name: string): Promise<string> {
  const res = await page.request.post(`${EMULATOR}/StartChangeSet`, {
    data: {
      Catalog: 'AWSMarketplace',
      ChangeSetName: name,
      ChangeSet: [
        {
          ChangeType: 'CreateProduct',
          Entity: { Type: 'ContainerProduct@1.0' },
          DetailsDocument: { ProductTitle: name },
        },
      ],
    },
  });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { ChangeSetId: string }).ChangeSetId;
}

export async function setFaults(page: Page, body: Record<string, unknown>) {
  const res = await page.request.post(`${EMULATOR}/_emulator/faults`, { data: body });
  expect(res.ok()).toBe(true);
}

/** The live status in the change set page's Summary. */
export function summaryStatus(page: Page) {
  return page.getByTestId('live-status');
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/tracking-screens/${name}.png`, fullPage: true });
}
