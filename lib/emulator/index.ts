import { createServer } from 'node:http';
import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import type { Db } from '@/lib/db/client';
import { createAdmin } from './admin';
import { Engine } from './engine/engine';
import { DEFAULT_FAULTS, Throttle, type FaultConfig } from './faults';
import { isEmpty, seedWorld, SEED_ACCOUNT_ID } from './seed';
import { createRequestListener } from './server';

export { resetEmulator } from './seed';
export type { FaultConfig } from './faults';

export interface EmulatorOptions {
  db: Db;
  /** 0 picks a free port; the returned url/port tell which. */
  port: number;
  host?: string;
  /** Duration of PREPARING and of APPLYING, each (default 5 s; minutes to behave like AWS). */
  stepMs?: number;
  /** How long Seller Operations' review of UpdateVisibility stays APPLYING (default 3 steps; AWS: days). */
  reviewMs?: number;
  /** Seed the world when the emulator tables are empty (default true). */
  seed?: boolean;
  faults?: Partial<FaultConfig>;
}

export interface RunningEmulator {
  url: string;
  port: number;
  engine: Engine;
  faults: FaultConfig;
  close(): Promise<void>;
}

/** Starts the local Catalog API service on node:http. */
export async function startEmulator(opts: EmulatorOptions): Promise<RunningEmulator> {
  const stepMs = opts.stepMs ?? 5000;
  const host = opts.host ?? '127.0.0.1';
  const faults: FaultConfig = { ...DEFAULT_FAULTS, ...opts.faults };
  const throttle = new Throttle(faults);
  let url = '';
  const reviewMs = opts.reviewMs ?? 3 * stepMs;
  const engine = new Engine(opts.db, faults, () => `${url}/_emulator/findings`, reviewMs);
  const admin = createAdmin({ db: opts.db, faults, throttle, stepMs, reviewMs, url: () => url });
  const server = createServer(
    createRequestListener({
      db: opts.db,
      engine,
      faults,
      stepMs,
      accountId: SEED_ACCOUNT_ID,
      throttle,
      admin,
    }),
  );
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (opts.seed !== false && (await isEmpty(opts.db))) await seedWorld(opts.db, `${url}/_emulator/findings`);
  // PGlite has no autovacuum: without statistics the planner may ignore the list indexes.
  await opts.db.execute(sql`analyze emu_entity, emu_change_set, emu_image, emu_tag`);
  // Poll often enough for short test steps, rarely enough to stay idle-cheap with demo steps.
  engine.start(Math.min(250, Math.max(5, Math.floor(stepMs / 4))));
  return {
    url,
    port,
    engine,
    faults,
    close: async () => {
      await engine.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
