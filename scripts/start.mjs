#!/usr/bin/env node
// `npm start`: build when the build is missing or older than the sources, then serve the console.
// The local Catalog API service and the embedded database start inside the server (instrumentation.ts).
process.env.NEXT_TELEMETRY_DISABLED = '1';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const tsx = path.join(root, 'node_modules/.bin/tsx');

// Fail fast on a bad setting or a port already in use, before spending a minute on a build.
const check = spawnSync(tsx, [path.join(root, 'scripts/check-env.ts')], { stdio: 'inherit', cwd: root });
if (check.status !== 0) process.exit(check.status ?? 1);

const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.mjs',
  'package-lock.json',
  'postcss.config.mjs',
];

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

const buildId = path.join(root, '.next/BUILD_ID');
const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
if (!builtAt || sourcesAt > builtAt) {
  console.log(
    builtAt ? 'Sources changed since the last build: rebuilding…' : 'Building the console (first start)…',
  );
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const child = spawn(process.execPath, [nextBin, 'start', '-p', port], {
  stdio: 'inherit',
  cwd: root,
  env: process.env,
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
