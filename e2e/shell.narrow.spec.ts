import { expect, test } from '@playwright/test';
import { signIn } from './fixtures/auth';

test('on a narrow screen the navigation opens as a drawer and is keyboard usable', async ({ page }) => {
  await signIn(page, 'seller');
  const nav = page.getByRole('navigation', { name: 'Console' });
  await expect(nav).not.toBeInViewport();
  const toggle = page.getByRole('button', { name: 'Open navigation' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeInViewport();
  await nav.getByRole('link', { name: 'Change sets', exact: true }).click();
  await expect(page).toHaveURL(/\/change-sets/);
  await expect(nav).not.toBeInViewport();
});
