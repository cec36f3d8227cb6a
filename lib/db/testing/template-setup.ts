// Vitest global setup: one migrated PGlite store, dumped, that test stores start from instead of
// running initdb and every migration again (seconds per store on a busy machine). The migrations
// still run, through the real openDatabase, whenever they (or the code that applies them) change:
// the dump is cached under node_modules/.cache keyed by a hash of exactly those inputs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { PGlite } from '@electric-sql/pglite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the migrated PGlite template (a `dumpDataDir('none')` tarball). */
    pgliteTemplate: string;
  }
}

const root = path.resolve(import.meta.dirname, '../../..');

/** A hash of everything the template depends on: the migrations, the code applying them, PGlite. */
function templateKey(): string {
  const h = crypto.createHash('sha256');
  const migrations = path.join(root, 'lib/db/migrations');
  const files = fs.readdirSync(migrations, { recursive: true, encoding: 'utf8' }).sort();
  for (const f of files) {
    const p = path.join(migrations, f);
    if (fs.statSync(p).isFile()) h.update(f).update(fs.readFileSync(p));
  }
  h.update(fs.readFileSync(path.join(root, 'lib/db/client.ts')));
  h.update(fs.readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json')));
  return h.digest('hex').slice(0, 16);
}

export default async function setup(project: TestProject) {
  const dir = path.join(root, 'node_modules/.cache/wharf-test-db');
  const file = path.join(dir, `pglite-${templateKey()}.tar`);
  if (!fs.existsSync(file)) {
    const { openDatabase } = await import('../client');
    const handle = await openDatabase({ memory: true });
    const dump = await (handle.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
    await handle.close();
    fs.mkdirSync(dir, { recursive: true });
    // Templates of other migrations, unused for a day, go (a run elsewhere may still be reading a newer one).
    for (const old of fs.readdirSync(dir).filter((f) => f.endsWith('.tar'))) {
      const p = path.join(dir, old);
      if (Date.now() - fs.statSync(p).mtimeMs > 86_400_000) fs.rmSync(p, { force: true });
    }
    // Written aside and renamed, so a concurrent run never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
  }
  project.provide('pgliteTemplate', file);
}
