#!/usr/bin/env node
// `npm run dev`: Next's dev server. The server process opens the embedded database once (guarded by
// the PGlite lock), so a second dev server or `npm start` on the same data directory fails fast.
process.env.NEXT_TELEMETRY_DISABLED = '1';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const tsx = path.join(root, 'node_modules/.bin/tsx');

// A bad setting or a port already in use stops here with one clear line.
const check = spawnSync(tsx, [path.join(root, 'scripts/check-env.ts')], { stdio: 'inherit', cwd: root });
if (check.status !== 0) process.exit(check.status ?? 1);
const child = spawn(process.execPath, [nextBin, 'dev', '-p', process.env.PORT ?? '3000'], {
  stdio: 'inherit',
  cwd: root,
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
