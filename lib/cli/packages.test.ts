import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPackages } from './packages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'wharf-packages-'));
const clean = path.join(tmp, 'clean');
const bad = path.join(tmp, 'bad');
mkdirSync(clean);
mkdirSync(path.join(bad, 'lib'), { recursive: true });
writeFileSync(path.join(clean, 'install.sh'), '#!/bin/sh\nset -e\nrpm -i ./app.rpm\nexit 0\n');
writeFileSync(path.join(clean, 'app.rpm'), 'rpm bytes');
writeFileSync(
  path.join(bad, 'install.ps1'),
  '# Restart-Computer is not called here\nStart-Process setup.exe\n',
);
writeFileSync(path.join(bad, 'lib', 'helper.sh'), '#!/bin/sh\nwget https://x.example/a\n');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runPackages(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

describe('wharf packages', () => {
  it('exits 0 on a clean group (spawned through bin/wharf.mjs) with the JSON shape', () => {
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'bin/wharf.mjs'),
        'packages',
        clean,
        '--platform',
        'linux',
        '--installer',
        'install.sh',
        '--format',
        'json',
      ],
      { cwd: tmp, encoding: 'utf8', timeout: 60_000 },
    );
    expect([r.status, JSON.parse(r.stdout)]).toEqual([0, { findings: [] }]);
  });

  it('exits 1 with findings, each with exactly the stable keys', async () => {
    const r = await run(bad, '--platform=windows', '--installer', 'install.ps1', '--format', 'json');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
    for (const f of findings)
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'file',
        'line',
        'construct',
        'message',
        'why',
        'source',
      ]);
    expect(findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['synchronous', 'install.ps1', 2],
      ['platform-mix', 'lib/helper.sh', null],
      ['no-download', 'lib/helper.sh', 2],
    ]);
  });

  it('prints file:line, rule, construct and message as text', async () => {
    const r = await run(bad, '--platform', 'windows', '--installer', 'install.ps1');
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ 3 errors, 0 warnings');
    expect(r.out).toContain('install.ps1:2  ✗ error  synchronous  `Start-Process`');
    expect(r.out).toContain('starts a process without waiting for it');
  });

  it('exits 2 on bad usage or a missing path, with one clear line first', async () => {
    const cases: [string[], RegExp][] = [
      [[clean, '--installer', 'install.sh'], /missing --platform/],
      [[clean, '--platform', 'mac', '--installer', 'x'], /--platform must be linux or windows/],
      [[clean, '--platform', 'linux'], /missing --installer/],
      [['--platform', 'linux', '--installer', 'x'], /missing <file \| dir>/],
      [
        [clean, '--platform', 'linux', '--installer', 'x', '--format', 'yaml'],
        /--format must be text or json/,
      ],
      [[path.join(tmp, 'nope'), '--platform', 'linux', '--installer', 'x'], /not found: .*nope/],
    ];
    for (const [argv, msg] of cases) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.split('\n')[0]).toMatch(msg);
      expect(r.out).toBe('');
    }
  });
});
