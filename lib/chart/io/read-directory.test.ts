import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartInputError, readChartDirectory, type SkippedEntry } from './index';
import { FIXTURES, loadFixture, makeTgz } from './testing';

const made: string[] = [];
function tempChart(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wharf-chartdir-'));
  made.push(dir);
  for (const [p, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), data);
  }
  return dir;
}
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('readChartDirectory', () => {
  it('reads a fixture chart into the same map the tests use', async () => {
    expect(await readChartDirectory(path.join(FIXTURES, 'clairai'))).toEqual(loadFixture('clairai'));
  });

  it('skips symlinks without following them, and reports them', async () => {
    const outside = tempChart({ 'secret.txt': 'do not read' });
    const dir = tempChart({ 'Chart.yaml': 'name: x' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'values.yaml'));
    symlinkSync(outside, path.join(dir, 'templates'));
    const skipped: SkippedEntry[] = [];
    const files = await readChartDirectory(dir, { onSkipped: (e) => skipped.push(e) });
    expect([...files.keys()]).toEqual(['Chart.yaml']);
    expect(skipped).toEqual([
      { path: 'templates', reason: 'symlink' },
      { path: 'values.yaml', reason: 'symlink' },
    ]);
  });

  it('expands vendored charts/*.tgz in memory', async () => {
    const sub = makeTgz(
      new Map([
        ['Chart.yaml', 'name: redis\n'],
        ['values.yaml', 'a: 1\n'],
      ]),
      'redis',
    );
    const files = await readChartDirectory(
      tempChart({ 'Chart.yaml': 'name: x', 'charts/redis-18.1.0.tgz': sub }),
    );
    expect([...files.keys()].sort()).toEqual([
      'Chart.yaml',
      'charts/redis/Chart.yaml',
      'charts/redis/values.yaml',
    ]);
  });

  it('enforces the limits and names the file', async () => {
    const dir = tempChart({ 'Chart.yaml': 'name: x', 'big.txt': 'x'.repeat(2048) });
    await expect(readChartDirectory(dir, { maxFileBytes: 1024 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
      entry: 'big.txt',
    });
    await expect(readChartDirectory(dir, { maxUncompressedBytes: 1024 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
    await expect(readChartDirectory(dir, { maxEntries: 1 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('gives UNREADABLE for a missing directory or a file', async () => {
    await expect(readChartDirectory('/nonexistent/wharf-chart')).rejects.toBeInstanceOf(ChartInputError);
    await expect(readChartDirectory(path.join(FIXTURES, 'clairai', 'Chart.yaml'))).rejects.toMatchObject({
      code: 'UNREADABLE',
    });
  });
});
