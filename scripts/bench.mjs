#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (and bench/*.bench.mjs) in turn and prints their figures.
// Benchmarks report; they do not gate CI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'bench');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n── ${f}`);
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(dir, f)], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
