import { ConfigError, env } from '@/lib/env';
import { openDatabase } from '@/lib/db/client';
import { DataDirLockedError } from '@/lib/db/lock';
import { setDbHandle } from '@/lib/db/runtime';
import { seedDemoAccounts } from '@/lib/auth/users';
import { log } from './log';
import { isAddressInUse, portInUseMessage, portsOf } from './ports';

const KEY = Symbol.for('wharf.booted');

/**
 * Runs once per server process (from instrumentation.ts): validates the configuration, opens the
 * database (taking the PGlite lock), applies migrations, seeds demo accounts and starts the local
 * Catalog API service when no real endpoint is configured. Any failure stops start-up with one
 * clear line.
 */
export async function boot(): Promise<void> {
  const g = globalThis as Record<symbol, unknown>;
  if (g[KEY]) return;
  g[KEY] = true;
  try {
    const e = env();
    const handle = await openDatabase({ url: e.DATABASE_URL, dataDir: e.dataDir });
    setDbHandle(handle);
    if (e.demoAccounts) await seedDemoAccounts(handle.db);
    let catalog = e.catalogEndpoint ?? 'AWS Marketplace Catalog API (us-east-1)';
    if (e.isLocalCatalog && !e.CATALOG_ENDPOINT) {
      const { startEmulator } = await import('@/lib/emulator');
      if (e.EMULATOR_TEST_CONTROL) (await import('@/lib/emulator/engine/holds')).enableHolds(handle.db);
      const emulator = await startEmulator({
        db: handle.db,
        port: e.EMULATOR_PORT,
        host: '127.0.0.1',
        stepMs: e.EMULATOR_STEP_MS,
        reviewMs: e.EMULATOR_REVIEW_MS,
      }).catch((err: unknown) => {
        const use = portsOf(e).find((u) => u.variable === 'EMULATOR_PORT');
        throw isAddressInUse(err) && use ? new ConfigError(portInUseMessage(use)) : err;
      });
      catalog = `local Catalog API service at ${emulator.url}`;
    }
    log.info(`Wharf is ready: database ${handle.kind} (${handle.location}), ${catalog}`);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataDirLockedError) {
      console.error(`\nWharf cannot start: ${err.message}\n`);
    } else {
      console.error('\nWharf cannot start:', err);
    }
    process.exit(1);
  }
}
