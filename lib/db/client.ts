import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDataDirLock } from './lock';
import { log } from '@/lib/server/log';

/** The drizzle database type shared by PGlite and node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Human-readable location for the Settings page (no credentials). */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL; when absent an embedded PGlite store is opened in `dataDir`. */
  url?: string;
  dataDir?: string;
  /** Apply committed migrations (default true). */
  migrate?: boolean;
  /** In-memory PGlite for unit tests (no lock, nothing on disk). */
  memory?: boolean;
  /**
   * PGlite only: start from this dumped data directory (`dumpDataDir()`) instead of an empty one.
   * Tests start every store from one migrated template per run; migrations still run (and find nothing to do).
   */
  from?: Blob;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the committed SQL migrations live (next to this file in source; from the project root when bundled). */
function migrationsFolder(): string {
  const beside = path.resolve(here, 'migrations');
  if (fs.existsSync(path.join(beside, 'meta', '_journal.json'))) return beside;
  return path.resolve(process.cwd(), 'lib/db/migrations');
}

/** Opens the database, taking the single-writer lock for PGlite, and applies migrations. */
export async function openDatabase(opts: OpenOptions): Promise<DbHandle> {
  const handle = opts.url ? await openPostgres(opts.url) : await openPglite(opts);
  if (opts.migrate !== false) await applyMigrations(handle);
  return handle;
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection that the server closes (restart, failover, admin termination) must not take the
  // console down: the pool drops it and opens a new one on the next query.
  pool.on('error', (err) => log.warn('database connection lost', { error: err.message }));
  await pool.query('select 1');
  const u = new URL(url);
  return {
    db: drizzle(pool, { schema }) as unknown as Db,
    kind: 'postgres',
    location: `${u.hostname}:${u.port || '5432'}${u.pathname}`,
    close: () => pool.end(),
  };
}

async function openPglite(opts: OpenOptions): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (opts.memory) {
    const client = await PGlite.create(opts.from ? { loadDataDir: opts.from } : {});
    return {
      db: drizzle(client, { schema }) as unknown as Db,
      kind: 'pglite',
      location: 'in memory',
      close: () => client.close(),
    };
  }
  const dataDir = path.resolve(opts.dataDir ?? '.data', 'pglite');
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(dataDir, opts.from ? { loadDataDir: opts.from } : {});
    return {
      db: drizzle(client, { schema }) as unknown as Db,
      kind: 'pglite',
      location: dataDir,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

async function applyMigrations(handle: DbHandle): Promise<void> {
  const migrationsDir = migrationsFolder();
  if (handle.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder: migrationsDir });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(handle.db as never, { migrationsFolder: migrationsDir });
  }
}
