import net from 'node:net';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { openDatabase, type DbHandle } from '../client';
import { pgliteTemplate } from './template';

/** The PostgreSQL server tests use beside PGlite (CI has one at 127.0.0.1:5432). */
export const PG_ADMIN_URL = process.env.WHARF_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function isPostgresReachable(): Promise<boolean> {
  const u = new URL(PG_ADMIN_URL);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || 5432) });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export interface TestDb {
  handle: DbHandle;
  dispose(): Promise<void>;
}

/**
 * A fresh PGlite store in a temporary directory (with the real lock), started from the run's migrated
 * template, or from an empty directory with every migration applied when `fromScratch`.
 */
async function freshPglite(fromScratch = false): Promise<TestDb & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-db-'));
  const handle = await openDatabase({ dataDir, from: fromScratch ? undefined : pgliteTemplate() });
  return {
    handle,
    dataDir,
    dispose: async () => {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the PostgreSQL server, dropped afterwards. */
async function freshPostgres(): Promise<TestDb> {
  const { Client } = await import('pg');
  const name = `wharf_test_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    handle,
    dispose: async () => {
      await handle.close();
      const c = new Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Backends to run data-layer tests on: PGlite always, PostgreSQL whenever it is reachable. PostgreSQL
 * databases always run every migration; PGlite stores start from the template unless `fromScratch`.
 */
export async function testBackends(
  opts: { fromScratch?: boolean } = {},
): Promise<Array<{ name: string; open: () => Promise<TestDb> }>> {
  const list: Array<{ name: string; open: () => Promise<TestDb> }> = [
    { name: 'pglite', open: () => freshPglite(opts.fromScratch) },
  ];
  if (await isPostgresReachable()) list.push({ name: 'postgres', open: freshPostgres });
  else console.warn(`PostgreSQL at ${PG_ADMIN_URL} is not reachable: data-layer tests run on PGlite only.`);
  return list;
}
