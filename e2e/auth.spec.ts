import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO_USERS, signIn, signInWithForm, signOut, type DemoRole } from './fixtures/auth';

test.describe('sign-in and roles', () => {
  test('an anonymous visitor is sent to sign-in, which lists the demo accounts', async ({ page }) => {
    await page.goto('/change-sets');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fchange-sets/);
    await expect(page.getByRole('heading', { name: 'Sign in to the console' })).toBeVisible();
    for (const u of Object.values(DEMO_USERS))
      await expect(page.getByText(u.email, { exact: true })).toBeVisible();
    const a11y = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(a11y.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('a wrong password is refused at the form and keeps the email typed', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('seller@wharf.local');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toContainText(
      'The email or password is not correct.',
    );
    await expect(page.getByLabel('Email')).toHaveValue('seller@wharf.local');
  });

  test('an invalid email is explained under the field', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByText('Enter an email address such as name@example.com.')).toBeVisible();
  });

  for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
    test(`${role} signs in, sees their roles, navigates and signs out`, async ({ page }) => {
      // Through the form, and a session of its own: signing out must not end the one other specs reuse.
      await signInWithForm(page, role);
      await expect(page).toHaveURL(/\/products/);
      const nav = page.getByRole('navigation', { name: 'Console' });
      for (const label of ['Products', 'Drafts', 'Change sets', 'Reviews', 'Settings']) {
        await nav.getByRole('link', { name: label, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(label, 'i'));
        await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute(
          'aria-current',
          'page',
        );
      }
      await expect(nav.getByRole('link', { name: 'Users and roles' })).toHaveCount(role === 'admin' ? 1 : 0);
      await signOut(page);
      await page.goto('/settings');
      await expect(page).toHaveURL(/\/sign-in/);
    });
  }

  test('a role without the right gets access denied, not the page', async ({ page }) => {
    await signIn(page, 'reviewer');
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Your role does not allow this page' })).toBeVisible();
  });

  test('an admin adds a user with two roles who can then sign in', async ({ page, browser }) => {
    await signIn(page, 'admin');
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Add user' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Pat Both');
    await dialog.getByLabel('Email').fill('pat@wharf.local');
    await dialog.getByLabel('Initial password').fill('short');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await expect(dialog.getByText('Use at least 12 characters.')).toBeVisible();
    await dialog.getByLabel('Initial password').fill('a-long-enough-password');
    await dialog.getByLabel('Product manager').check();
    await dialog.getByLabel('Seller').check();
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await expect(page.getByRole('cell', { name: /pat@wharf\.local/ })).toBeVisible();

    const other = await browser.newPage();
    await other.goto('/sign-in');
    await other.getByLabel('Email').fill('pat@wharf.local');
    await other.getByLabel('Password').fill('a-long-enough-password');
    await other.getByRole('button', { name: 'Sign in', exact: true }).click();
    await other.getByRole('button', { name: /Pat Both/ }).click();
    const roles = other.getByRole('list', { name: 'Your roles' });
    await expect(roles).toContainText('Product manager');
    await expect(roles).toContainText('Seller');
    // Users cannot rename themselves (better-auth's update-user is off); the admin page can.
    const selfRename = await other.request.post('/api/auth/update-user', {
      data: { name: 'Ada Admin' },
      headers: { origin: new URL(other.url()).origin },
    });
    expect(selfRename.status()).toBe(404);
    await other.close();

    await page
      .getByRole('row', { name: /pat@wharf\.local/ })
      .getByRole('button', { name: 'Rename' })
      .click();
    const rename = page.getByRole('dialog', { name: 'Rename Pat Both' });
    await rename.getByLabel('Name').fill('  ');
    await rename.getByRole('button', { name: 'Save name' }).click();
    await expect(rename.getByText('Enter a name.')).toBeVisible();
    await rename.getByLabel('Name').fill('Pat Smith');
    await rename.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('row', { name: /pat@wharf\.local/ })).toContainText('Pat Smith');
  });
});

test('security headers are set on every page', async ({ request }) => {
  const res = await request.get('/sign-in');
  const h = res.headers();
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).toContain("object-src 'none'");
  expect(h['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-powered-by']).toBeUndefined();
  const image = await request.get('/_next/image?url=%2Ficon.svg&w=64&q=75');
  expect([400, 404]).toContain(image.status());
});

test('server action posts from another site, or with no origin at all, are refused', async ({ request }) => {
  const post = (headers: Record<string, string>) =>
    request.post('/sign-in', {
      headers: { 'next-action': '0123456789abcdef', 'content-type': 'text/plain', ...headers },
      data: '[]',
    });
  expect((await post({ origin: 'https://evil.example' })).status()).toBe(403);
  expect((await post({})).status()).toBe(403);
  expect((await post({ 'sec-fetch-site': 'cross-site' })).status()).toBe(403);
});
