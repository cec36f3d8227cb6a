#!/usr/bin/env node
// The console as the end-to-end tests see it: a snapshot of the production build (so a later
// `next build` cannot pull files from under it), a fresh embedded database and the local Catalog
// API service on their own ports, with fast change sets.
process.env.NEXT_TELEMETRY_DISABLED = '1';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { acquireBuildLock } from './build-lock.mjs';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.E2E_PORT ?? '3100';
const emulatorPort = process.env.E2E_EMULATOR_PORT ?? '4110';
const tmp = path.join(root, 'e2e/.tmp', `run-${port}`);
fs.rmSync(tmp, { recursive: true, force: true });
fs.mkdirSync(tmp, { recursive: true });

const source = path.join(root, process.env.WHARF_DIST_DIR || '.next');
const release = await acquireBuildLock();
if (!fs.existsSync(path.join(source, 'BUILD_ID'))) {
  console.error(`No production build in ${source}: run \`npx next build\` first.`);
  process.exit(1);
}
const dist = path.join(tmp, 'dist');
fs.cpSync(source, dist, { recursive: true, filter: (p) => !p.startsWith(path.join(source, 'cache')) });
release();

const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: port,
  WHARF_DIST_DIR: path.relative(root, dist),
  WHARF_DATA_DIR: path.join(tmp, 'data'),
  WHARF_BASE_URL: `http://localhost:${port}`,
  EMULATOR_PORT: emulatorPort,
  EMULATOR_STEP_MS: process.env.EMULATOR_STEP_MS ?? '3000',
  // Specs hold and advance change sets through the admin endpoint instead of racing the steps.
  EMULATOR_TEST_CONTROL: '1',
  CATALOG_TARGET: 'local',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
delete env.DATABASE_URL;
delete env.CATALOG_ENDPOINT;
delete env.WHARF_BUILD_LOCK_HELD;
const child = spawn(
  process.execPath,
  [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port],
  { stdio: 'inherit', cwd: root, env },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
