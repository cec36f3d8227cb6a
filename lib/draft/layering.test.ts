import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/* lib/draft runs in the browser, the server and the CLI, and the local Catalog API service must stay
   an independent reading of AWS's rules. ESLint's layer rules do not cover lib/draft, so this does. */

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}
const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);

describe('layering', () => {
  it('lib/draft imports zod, lib/policy and itself only', () => {
    const bad = sources('lib/draft').flatMap((f) =>
      importsOf(f)
        .filter(
          (s) => !(s === 'zod' || s === '@/lib/policy' || s.startsWith('@/lib/policy/') || s.startsWith('.')),
        )
        .map((s) => `${f}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('the local Catalog API service imports neither lib/policy nor lib/draft', () => {
    const bad = sources('lib/emulator').flatMap((f) =>
      importsOf(f)
        .filter((s) => /^@\/lib\/(policy|draft)(\/|$)/.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(sources('lib/emulator').length).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});
