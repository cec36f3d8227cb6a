#!/usr/bin/env node
// `npm test`: formatting, lint, typecheck, unit and integration tests (Vitest), production build, end-to-end
// tests (Playwright on Debian's Chromium). Ends with one line `N passed, N failed` summing every
// runner, also written to test-results/summary.txt for .ci/run.
process.env.NEXT_TELEMETRY_DISABLED = '1';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const out = path.join(root, 'test-results');
fs.mkdirSync(out, { recursive: true });

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  return { ok: r.status === 0, secs };
}

function step(label, cmd, args) {
  const r = run(label, cmd, args);
  totals[r.ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${r.ok ? 'passed' : 'FAILED'} (${r.secs}s)`);
  return r.ok;
}

/** Runs a step with its output held back, so steps can run side by side and still print one at a time. */
function quietStep(label, cmd, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(cmd, args, { cwd: root, env: process.env });
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (err) => chunks.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code) => {
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      resolve({ label, ok: code === 0, secs, output: Buffer.concat(chunks).toString() });
    });
  });
}

// Formatting, lint and typecheck read the tree and write nothing: they run at the same time.
const checks = await Promise.all([
  quietStep('format (prettier --check)', bin('prettier'), ['--check', '--log-level=warn', '.']),
  quietStep('lint', bin('eslint'), ['--max-warnings=0', '.']),
  quietStep('typecheck', bin('tsc'), ['--noEmit']),
]);
for (const r of checks) {
  console.log(`\n▶ ${r.label}`);
  process.stdout.write(r.output);
  totals[r.ok ? 'passed' : 'failed'] += 1;
  lines.push(`${r.label}: ${r.ok ? 'passed' : 'FAILED'} (${r.secs}s)`);
}

const vitestJson = path.join(out, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const v = run('unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
try {
  const j = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  totals.passed += j.numPassedTests;
  totals.failed += j.numFailedTests + (v.ok || j.numFailedTests ? 0 : 1);
  totals.skipped += skipped;
  lines.push(
    `vitest: ${j.numPassedTests} passed, ${j.numFailedTests} failed, ${skipped} skipped (${v.secs}s)`,
  );
} catch {
  totals.failed += 1;
  lines.push('vitest: FAILED (no report)');
}

const built = step('build (next build)', process.execPath, [
  path.join(root, 'node_modules/next/dist/bin/next'),
  'build',
]);
if (!fs.existsSync(CHROMIUM)) {
  totals.failed += 1;
  lines.push(`e2e: FAILED — Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
} else if (!built) {
  totals.failed += 1;
  lines.push('e2e: FAILED — not run because the build failed');
} else {
  const pwJson = path.join(out, 'playwright.json');
  fs.rmSync(pwJson, { force: true });
  const p = run('end-to-end tests (playwright)', bin('playwright'), ['test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  try {
    const s = JSON.parse(fs.readFileSync(pwJson, 'utf8')).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected + (p.ok || s.unexpected ? 0 : 1);
    totals.skipped += s.skipped ?? 0;
    lines.push(
      `playwright: ${s.expected} passed, ${s.unexpected} failed, ${s.flaky ?? 0} flaky, ${s.skipped ?? 0} skipped (${p.secs}s)`,
    );
  } catch {
    totals.failed += 1;
    lines.push('playwright: FAILED (no report)');
  }
}

const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
fs.writeFileSync(path.join(out, 'summary.txt'), `${summary}\n`);
console.log(`\n${lines.join('\n')}\n\n${summary}`);
process.exit(totals.failed ? 1 : 0);
