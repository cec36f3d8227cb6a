// Browser figure for the policy engine: time from a keystroke in the add-version wizard to the
// updated checklist, in headless Chromium against the production build (run `npx next build` first).
// Each keystroke toggles a rule (a leading space in the version title), so every one changes the panel.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');
const PORT = process.env.BENCH_PORT ?? '3600';
const base = `http://localhost:${PORT}`;
const server = spawn(process.execPath, [path.join(root, 'scripts/e2e-server.mjs')], {
  cwd: root,
  env: { ...process.env, E2E_PORT: PORT, E2E_EMULATOR_PORT: process.env.BENCH_EMULATOR_PORT ?? '4610' },
  stdio: 'ignore',
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the console did not start (is there a production build?)');
}

await waitForHealth();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await page.goto(`${base}/sign-in`);
await page.getByLabel('Email').fill('pm@wharf.local');
await page.getByLabel('Password').fill('wharf-demo-password');
await page.getByRole('button', { name: 'Sign in', exact: true }).click();
await page.waitForURL(/products/);
await page.goto(`${base}/products/prod-clairaiobsv01`);
await page.getByRole('link', { name: 'Add a version', exact: true }).click();
await page.waitForURL(/\/drafts\/[0-9a-f-]{36}/);
const title = page.getByLabel('Version title');
await title.fill('9.9.9');
await page.waitForTimeout(1000);

await page
  .getByRole('complementary', { name: 'Checklist' })
  .evaluate((el) => el.setAttribute('data-bench-panel', ''));

// In the page: stamp each keydown, and the first checklist mutation (plus the next frame) after it.
await page.evaluate(() => {
  const w = window;
  w.__lat = [];
  let pending = null;
  document.addEventListener('keydown', () => (pending = performance.now()), true);
  const panel = document.querySelector('[data-bench-panel]');
  new MutationObserver(() => {
    if (pending === null) return;
    const t0 = pending;
    pending = null;
    const mutated = performance.now();
    requestAnimationFrame(() => w.__lat.push({ mutation: mutated - t0, frame: performance.now() - t0 }));
  }).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
});

const rounds = Number(process.env.BENCH_KEYSTROKES ?? 60);
await title.focus();
await page.keyboard.press('Home');
for (let i = 0; i < rounds; i++) {
  await page.keyboard.press(i % 2 === 0 ? 'Space' : 'Backspace');
  await page.waitForTimeout(120);
}
const samples = await page.evaluate(() => window.__lat);
await browser.close();
stop();

const pct = (xs, p) =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const mut = samples.map((s) => s.mutation);
const frame = samples.map((s) => s.frame);
console.log(
  `checklist keystroke→update (add-version wizard, ${samples.length}/${rounds} keystrokes): ` +
    `median ${pct(mut, 50).toFixed(1)} ms to DOM update, ${pct(frame, 50).toFixed(1)} ms to next frame; ` +
    `p95 ${pct(mut, 95).toFixed(1)} / ${pct(frame, 95).toFixed(1)} ms`,
);
process.exit(0);
