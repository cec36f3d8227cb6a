/**
 * Test support: load fixture charts from lib/chart/fixtures and build archives in memory. Kept in
 * lib/chart/io because it reads the disk; nothing outside tests and the benchmark imports it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const DELETE_LIST = '.wharf-delete';

function readTree(dir: string, rel = '', out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(abs).isDirectory()) readTree(abs, r, out);
    else out.set(r, readFileSync(abs, 'utf8'));
  }
  return out;
}

/**
 * A fixture chart as a file map. With an overlay (a directory under fixtures/broken), the overlay's
 * files replace the base chart's, and paths listed in its .wharf-delete are removed.
 */
export function loadFixture(base: string, overlay?: string): Map<string, string> {
  const files = readTree(path.join(FIXTURES, base));
  if (!overlay) return files;
  for (const [p, text] of readTree(path.join(FIXTURES, 'broken', overlay))) {
    if (p === DELETE_LIST)
      text
        .split('\n')
        .filter(Boolean)
        .forEach((d) => files.delete(d.trim()));
    else files.set(p, text);
  }
  return files;
}

export interface TarEntrySpec {
  name: string;
  data?: string | Uint8Array;
  /** '0' file (default), '2' symlink, '1' hard link, '5' directory, 'x' PAX header … */
  type?: string;
  linkname?: string;
}

function writeString(buf: Uint8Array, offset: number, length: number, value: string) {
  buf.set(new TextEncoder().encode(value).subarray(0, length), offset);
}

/** A minimal ustar writer that can express what nanotar's createTar cannot: links, raw names, PAX. */
export function makeTar(entries: TarEntrySpec[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const e of entries) {
    const data = typeof e.data === 'string' ? new TextEncoder().encode(e.data) : (e.data ?? new Uint8Array());
    const header = new Uint8Array(512);
    writeString(header, 0, 100, e.name);
    writeString(header, 100, 8, '0000644\0');
    writeString(header, 108, 8, '0000000\0');
    writeString(header, 116, 8, '0000000\0');
    writeString(header, 124, 12, `${data.length.toString(8).padStart(11, '0')}\0`);
    writeString(header, 136, 12, '00000000000\0');
    writeString(header, 156, 1, e.type ?? '0');
    writeString(header, 157, 100, e.linkname ?? '');
    writeString(header, 257, 8, 'ustar\x0000');
    header.fill(32, 148, 156);
    const sum = header.reduce((a, b) => a + b, 0);
    writeString(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    blocks.push(header, data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  const total = blocks.reduce((n, b) => n + b.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const b of blocks) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** Packages a file map the way `helm package` does: every file under "<chart name>/", gzipped. */
export function makeTgz(files: ReadonlyMap<string, string | Uint8Array>, root = 'chart'): Uint8Array {
  return new Uint8Array(
    gzipSync(makeTar([...files].map(([name, data]) => ({ name: `${root}/${name}`, data })))),
  );
}
