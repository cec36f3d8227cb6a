import { expect, type Page } from '@playwright/test';

export const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 4110}`;
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

export async function stepMs(page: Page): Promise<number> {
  const res = await page.request.get(`${EMULATOR}/_emulator/health`);
  return ((await res.json()) as { stepMs: number }).stepMs;
}

/** The live status in the change set page's Summary. */
export function summaryStatus(page: Page) {
  return page.getByTestId('live-status');
}

/** Records every status the page shows, by sampling it, until `until` appears or the timeout passes. */
export async function watchStatuses(page: Page, until: string, timeoutMs = 45_000): Promise<string[]> {
  const seen: string[] = [];
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const text = (
      await summaryStatus(page)
        .textContent()
        .catch(() => null)
    )?.trim();
    if (text && seen[seen.length - 1] !== text) seen.push(text);
    if (text === until) break;
    await page.waitForTimeout(150);
  }
  return seen;
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/tracking-screens/${name}.png`, fullPage: true });
}
