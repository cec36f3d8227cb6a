import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'lib/policy/fixtures');
const tmp = mkdtempSync(path.join(tmpdir(), 'wharf-check-'));

function wharf(...args: string[]) {
  // Run from a foreign directory: the bin must find tsconfig (for `@/`) on its own.
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/wharf.mjs'), ...args], {
    cwd: tmp,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('wharf check (spawned)', () => {
  it('exits 0 on a clean change set and prints the JSON shape', () => {
    const r = wharf('check', path.join(FIX, 'seed-add-repositories.json'), '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ findings: [] });
  });

  it('exits 1 with error findings, each with exactly rule, code, severity, path and message', () => {
    const r = wharf('check', path.join(FIX, 'seed-add-delivery-options-helm.json'), '--format=json');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
    expect(findings.map((f) => f.rule)).toContain('helm-chart-uri');
    for (const f of findings) expect(Object.keys(f)).toEqual(['rule', 'code', 'severity', 'path', 'message']);
    expect(findings.find((f) => f.rule === 'helm-chart-uri')).toMatchObject({
      code: 'INVALID_HELM_CHART_URI',
      severity: 'error',
    });
  });

  it('uses the --entity snapshot', () => {
    const file = path.join(FIX, 'seed-add-delivery-options-eks-addon.json');
    const r = wharf('check', file, '--entity', path.join(FIX, 'describe-entity.json'), '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { rule: string }) => f.rule)).toContain(
      'image-product-repository',
    );
  });

  it('prints grouped text by default', () => {
    const r = wharf('check', path.join(FIX, 'seed-add-delivery-options-helm.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ 3 errors');
    expect(r.out).toContain('ChangeSet[0]');
    expect(r.out).toContain('To confirm by hand before submitting');
  });

  it('exits 2 with one clear line for a missing file, bad JSON or something that is not a change set', () => {
    writeFileSync(path.join(tmp, 'bad.json'), '{ nope');
    writeFileSync(path.join(tmp, 'other.json'), '{"name":"x"}');
    const cases: [string, RegExp][] = [
      ['missing.json', /change set not found: missing\.json/],
      ['bad.json', /change set is not valid JSON: bad\.json/],
      ['other.json', /Not a change set/],
    ];
    for (const [file, msg] of cases) {
      const r = wharf('check', file);
      expect(r.code, file).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(msg);
      expect(r.out).toBe('');
    }
  });

  it('exits 2 on bad usage', () => {
    expect(wharf('check').code).toBe(2);
    expect(wharf('check', 'x.json', '--format', 'yaml').code).toBe(2);
    expect(wharf('frobnicate').code).toBe(2);
    const charts = wharf('check', path.join(FIX, 'seed-add-repositories.json'), '--charts');
    expect([charts.code, charts.err]).toEqual([2, expect.stringContaining('--charts needs a file')]);
    writeFileSync(path.join(tmp, 'list.json'), '[]');
    const notObject = wharf(
      'check',
      path.join(FIX, 'seed-add-repositories.json'),
      '--charts',
      path.join(tmp, 'list.json'),
    );
    expect([notObject.code, notObject.err]).toEqual([2, expect.stringContaining('chart analyses keyed by')]);
  });
}, 120_000);
