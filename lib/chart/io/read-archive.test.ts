import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { ChartInputError, readChartArchive } from './index';
import { makeTar, makeTgz } from './testing';

const gz = (tar: Uint8Array) => new Uint8Array(gzipSync(tar));
const CHART = 'apiVersion: v2\nname: demo\nversion: 0.1.0\n';

function errorOf(run: () => unknown): ChartInputError {
  try {
    run();
  } catch (err) {
    if (err instanceof ChartInputError) return err;
    throw err;
  }
  throw new Error('expected a ChartInputError');
}

describe('readChartArchive', () => {
  it('reads a helm-package-shaped archive and strips the chart directory', () => {
    const files = readChartArchive(
      makeTgz(
        new Map([
          ['Chart.yaml', CHART],
          ['templates/a.yaml', 'kind: A'],
        ]),
        'demo',
      ),
    );
    expect([...files]).toEqual([
      ['Chart.yaml', CHART],
      ['templates/a.yaml', 'kind: A'],
    ]);
  });

  it("reads nanotar's createTar output, directory entries included", () => {
    const tar = createTar([
      { name: 'demo/' },
      { name: 'demo/Chart.yaml', data: CHART },
      { name: 'demo/values.yaml', data: 'a: 1\n' },
    ]);
    expect([...readChartArchive(gz(tar)).keys()]).toEqual(['Chart.yaml', 'values.yaml']);
  });

  it('applies PAX long names and the ustar prefix', () => {
    const long = `demo/templates/${'x'.repeat(120)}.yaml`;
    const tar = makeTar([
      { name: 'pax', type: 'x', data: `${long.length + 9} path=${long}\n` },
      { name: 'short', data: 'a' },
      { name: 'demo/Chart.yaml', data: CHART },
    ]);
    expect([...readChartArchive(gz(tar)).keys()]).toContain(long.slice('demo/'.length));
  });

  it.each([
    ['path traversal', [{ name: 'demo/../../etc/passwd', data: 'x' }], 'UNSAFE_PATH', /climbs out/],
    ['an absolute path', [{ name: '/etc/passwd', data: 'x' }], 'UNSAFE_PATH', /absolute path/],
    [
      'a symlink',
      [
        { name: 'demo/Chart.yaml', data: CHART },
        { name: 'demo/values.yaml', type: '2', linkname: '/etc/shadow' },
      ],
      'UNSAFE_LINK',
      /symbolic link/,
    ],
    [
      'a hard link',
      [
        { name: 'demo/Chart.yaml', data: CHART },
        { name: 'demo/x', type: '1', linkname: 'demo/Chart.yaml' },
      ],
      'UNSAFE_LINK',
      /hard link/,
    ],
    [
      'a device file',
      [
        { name: 'demo/Chart.yaml', data: CHART },
        { name: 'demo/dev', type: '3' },
      ],
      'UNSAFE_PATH',
      /special file/,
    ],
    [
      'two top-level directories',
      [
        { name: 'a/Chart.yaml', data: CHART },
        { name: 'b/x', data: 'x' },
      ],
      'NOT_A_CHART',
      /one top-level chart directory/,
    ],
  ])('rejects %s', (_name, entries, code, message) => {
    const err = errorOf(() => readChartArchive(gz(makeTar(entries))));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });

  it('rejects a gzip bomb without inflating past the limit', () => {
    const bomb = gz(makeTar([{ name: 'demo/Chart.yaml', data: new Uint8Array(60 * 1024 * 1024) }]));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const err = errorOf(() => readChartArchive(bomb));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/expands to more than 52428800 bytes/);
  });

  it('enforces the compressed, per-file and entry-count limits', () => {
    const big = makeTgz(
      new Map([
        ['Chart.yaml', CHART],
        ['big.txt', 'x'.repeat(2000)],
      ]),
      'demo',
    );
    expect(errorOf(() => readChartArchive(big, { maxCompressedBytes: 10 })).message).toMatch(
      /larger than 10 bytes/,
    );
    expect(errorOf(() => readChartArchive(big, { maxFileBytes: 1000 })).message).toMatch(
      /big.txt" is larger than 1000 bytes/,
    );
    const many = makeTgz(new Map(Array.from({ length: 20 }, (_, i) => [`f${i}`, 'x'])), 'demo');
    expect(errorOf(() => readChartArchive(many, { maxEntries: 10 })).code).toBe('TOO_LARGE');
  });

  it.each([
    ['garbage bytes', new TextEncoder().encode('this is not a chart at all, just text')],
    ['truncated gzip', makeTgz(new Map([['Chart.yaml', CHART]]), 'demo').subarray(0, 30)],
    ['gzip of garbage', gz(new TextEncoder().encode('x'.repeat(700)))],
    ['a truncated tar', gz(makeTar([{ name: 'demo/Chart.yaml', data: 'x'.repeat(5000) }]).subarray(0, 1536))],
    [
      'a bad header checksum',
      gz(
        (() => {
          const t = makeTar([{ name: 'demo/Chart.yaml', data: CHART }]);
          t[0] = 0x41;
          return t;
        })(),
      ),
    ],
  ])('gives MALFORMED for %s', (_name, bytes) => {
    expect(errorOf(() => readChartArchive(bytes)).code).toBe('MALFORMED');
  });

  it('writes nothing to disk while reading', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wharf-chart-'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const entries of [
        [{ name: 'demo/../../escape.txt', data: 'x' }],
        [{ name: '/tmp/abs-escape.txt', data: 'x' }],
        [{ name: 'demo/link', type: '2', linkname: '../../x' }],
      ]) {
        expect(() => readChartArchive(gz(makeTar(entries)))).toThrow(ChartInputError);
      }
      readChartArchive(makeTgz(new Map([['Chart.yaml', CHART]]), 'demo'));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
