import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from './client';
import { acquireDataDirLock, DataDirLockedError, lockPathFor } from './lock';
import { pgliteTemplate, pgliteTemplatePath } from './testing/template';

const tsx = path.resolve('node_modules/.bin/tsx');
const dirs: string[] = [];
function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-lock-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the embedded database has a single writer', () => {
  it('refuses a second opener while the first is alive, naming the owner', async () => {
    const dir = tempDir();
    // A new store from the run's migrated template (what is tested here is the lock, not initdb).
    const first = await openDatabase({ dataDir: dir, from: pgliteTemplate() });
    try {
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DataDirLockedError);
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`pid ${process.pid}`);
    } finally {
      await first.close();
    }
    // Released on close: a new opener succeeds.
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('fails fast in another process with a clear message', async () => {
    const dir = tempDir();
    // A new store from the run's migrated template (what is tested here is the lock, not initdb).
    const first = await openDatabase({ dataDir: dir, from: pgliteTemplate() });
    try {
      const script = path.join(dir, 'second.mts');
      fs.writeFileSync(
        script,
        `import { openDatabase } from '${path.resolve('lib/db/client.ts')}';\n` +
          `try { await openDatabase({ dataDir: '${dir}' }); console.log('OPENED'); } catch (e) { console.log(String(e.message)); process.exit(3); }`,
      );
      const started = Date.now();
      const r = spawnSync(tsx, [script], { encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(3);
      expect(r.stdout).toContain('already open in another process');
      expect(r.stdout).not.toContain('OPENED');
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await first.close();
    }
  });

  it('removes a lock left by a process that no longer exists, but never a live one', () => {
    const dir = path.join(tempDir(), 'pglite');
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    fs.writeFileSync(lockPathFor(dir), `${dead.stdout.trim()}\n`);
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(lockPathFor(dir), 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);

    fs.writeFileSync(lockPathFor(dir), `${process.ppid}\n`);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
  });
});

describe('crash safety', () => {
  it('reopens after kill -9 during writes with every committed write present', async () => {
    const dir = tempDir();
    const cycles = 3;
    let lastCommitted = 0;
    for (let cycle = 0; cycle < cycles; cycle++) {
      lastCommitted = await writeUntilKilled(
        dir,
        lastCommitted + 40,
        cycle === 0 ? pgliteTemplatePath() : undefined,
      );
    }
    const handle = await openDatabase({ dataDir: dir });
    try {
      const res = await handle.db.execute(sql`select max(n) as m, count(*) as c from crash_probe`);
      const row = (res as unknown as { rows: unknown[] }).rows[0] as { m: number; c: number };
      expect(Number(row.m)).toBeGreaterThanOrEqual(lastCommitted);
      expect(Number(row.c)).toBe(Number(row.m));
    } finally {
      await handle.close();
    }
  }, 120_000);
});

/**
 * Runs the writer child until it has committed `target` rows, SIGKILLs it, returns the last committed
 * number. The first child of a directory may start it from the template.
 */
function writeUntilKilled(dir: string, target: number, template?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve('lib/db/testing/writer.ts'), dir, ...(template ? [template] : [])],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let last = 0;
    let buf = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      buf += d;
      for (const m of buf.matchAll(/committed (\d+)/g)) last = Math.max(last, Number(m[1]));
      buf = buf.slice(buf.lastIndexOf('\n') + 1);
      if (last >= target) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer exited early: ${err}`)),
    );
  });
}
