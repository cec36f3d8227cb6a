/*
 * Change-set tracking under load: 100 simulated watchers poll GET /api/change-sets/<id> for the same
 * 20 running change sets for 60 s against a production server (`next start`, own port and data dir).
 * The server talks to a local Catalog API service through a counting proxy, so the figure is what
 * actually went over the wire. Needs a production build (npx next build).
 * Run: npx tsx bench/tracking.bench.ts   (BENCH_SECONDS, BENCH_WATCHERS, BENCH_RATE override)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/lib/db/client';
import { startEmulator } from '@/lib/emulator';

/** autocannon ships no types; the bench needs only this much of it. */
type Instance = PromiseLike<{ errors: number; timeouts: number }> & {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
const { default: autocannon } = (await import('autocannon' as string)) as {
  default: (opts: Record<string, unknown>) => Instance;
};

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WATCHERS = Number(process.env.BENCH_WATCHERS ?? 100);
/** Each watcher polls once a second (the browser hook starts at 2 s and backs off; this is harsher). */
const RATE = Number(process.env.BENCH_RATE ?? WATCHERS);
const CHANGE_SETS = 20;
const PORT = 3217;
const root = path.resolve(import.meta.dirname, '..');

const handle = await openDatabase({ memory: true });
// A long step keeps all 20 change sets PREPARING for the whole run.
// Setup starts 20 change sets at once (past StartChangeSet's 5 TPS); the counting proxy reports the rate.
const emulator = await startEmulator({
  db: handle.db,
  port: 0,
  stepMs: 30 * 60_000,
  faults: { throttle: false },
});
const calls = new Map<string, number>();
const proxy = http.createServer((req, res) => {
  const op = new URL(req.url ?? '/', 'http://x').pathname.split('/').filter(Boolean).pop() ?? '?';
  calls.set(op, (calls.get(op) ?? 0) + 1);
  const up = http.request(`${emulator.url}${req.url}`, { method: req.method, headers: req.headers }, (r) => {
    res.writeHead(r.statusCode ?? 502, r.headers);
    r.pipe(res);
  });
  up.on('error', () => res.writeHead(502).end());
  req.pipe(up);
});
await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-bench-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(PORT),
  WHARF_DATA_DIR: dataDir,
  WHARF_BASE_URL: `http://localhost:${PORT}`,
  CATALOG_TARGET: 'local',
  CATALOG_ENDPOINT: proxyUrl,
  WHARF_LOG_LEVEL: 'warn',
};
delete env.DATABASE_URL;
const server = spawn(
  process.execPath,
  [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(PORT)],
  { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
);
const base = `http://localhost:${PORT}`;

async function cleanup() {
  if (server.exitCode === null) server.kill('SIGTERM');
  proxy.close();
  await emulator.close();
  await handle.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

try {
  for (let i = 0; ; i++) {
    if (i > 240) throw new Error('the server did not start in 120 s');
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: 'seller@wharf.local', password: 'wharf-demo-password' }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie.includes('session_token')) throw new Error(`sign-in failed: ${signIn.status}`);

  const ids: string[] = [];
  for (let n = 0; n < CHANGE_SETS; n++) {
    const res = await fetch(`${emulator.url}/StartChangeSet`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        Catalog: 'AWSMarketplace',
        ChangeSetName: `Bench ${n}`,
        ChangeSet: [
          {
            ChangeType: 'CreateProduct',
            Entity: { Type: 'ContainerProduct@1.0' },
            DetailsDocument: { ProductTitle: `Bench ${n}` },
          },
        ],
      }),
    });
    ids.push(((await res.json()) as { ChangeSetId: string }).ChangeSetId);
  }
  // Every watcher opens its page once (first describe of each change set), then polling starts.
  for (const id of ids) await fetch(`${base}/api/change-sets/${id}`, { headers: { cookie } });
  const warmup = Object.fromEntries(calls);
  calls.clear();

  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const instance = autocannon({
    url: base,
    connections: WATCHERS,
    duration: SECONDS,
    overallRate: RATE,
    requests: ids.map((id) => ({
      method: 'GET' as const,
      path: `/api/change-sets/${id}`,
      headers: { cookie },
    })),
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const during = Object.fromEntries(calls);
  const total = [...calls.values()].reduce((a, b) => a + b, 0);
  console.log(
    `tracking: ${WATCHERS} watchers × ${CHANGE_SETS} running change sets, ${SECONDS} s at ${RATE} req/s overall`,
  );
  console.log(
    `  polling requests: ${latencies.length} (${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ')}), errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  console.log(
    `  polling latency: p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
  );
  console.log(
    `  Catalog API calls during the run: ${total} ${JSON.stringify(during)} (warm-up, one page open per change set: ${JSON.stringify(warmup)})`,
  );
  console.log(
    `  bound: at most one sync (≤ 2 ListChangeSets pages: new + still open) per 3 s interval ≈ ≤ ${2 * Math.ceil(SECONDS / 3)} calls, whatever the number of watchers; DescribeChangeSet only when a status changes. Uncoalesced, each poll would be one DescribeChangeSet: ${latencies.length}.`,
  );
} finally {
  await cleanup();
}
