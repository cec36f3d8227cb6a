import fs from 'node:fs';
import { inject } from 'vitest';
import type { DbHandle } from '../client';

let template: Blob | undefined;

/** Where the run's template is (for a child process to read), or undefined without the setup. */
export function pgliteTemplatePath(): string | undefined {
  return inject('pgliteTemplate');
}

/**
 * The migrated PGlite template of this run (made once by template-setup.ts), or undefined when the
 * run has no such setup (then stores start empty and run every migration).
 */
export function pgliteTemplate(): Blob | undefined {
  const file = pgliteTemplatePath();
  if (!file) return undefined;
  template ??= new Blob([fs.readFileSync(file)]);
  return template;
}

/** A fresh, migrated in-memory PGlite store, started from the run's template. */
export async function openMemoryDb(): Promise<DbHandle> {
  const { openDatabase } = await import('../client');
  return openDatabase({ memory: true, from: pgliteTemplate() });
}
