#!/usr/bin/env node
// The console as the end-to-end tests see it: the production build, a fresh embedded database and
// the local Catalog API service on their own ports, with fast change sets.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, 'e2e/.tmp/data');
fs.rmSync(dataDir, { recursive: true, force: true });
fs.rmSync(`${dataDir}/pglite.lock`, { force: true });
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: '3100',
  WHARF_DATA_DIR: dataDir,
  WHARF_BASE_URL: 'http://localhost:3100',
  EMULATOR_PORT: '4110',
  EMULATOR_STEP_MS: process.env.EMULATOR_STEP_MS ?? '1500',
  CATALOG_TARGET: 'local',
};
delete env.DATABASE_URL;
delete env.CATALOG_ENDPOINT;
const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', '3100'], { stdio: 'inherit', cwd: root, env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
