import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, loadFixture, makeTgz } from '@/lib/chart/io/testing';
import { HOSTILE_CHART } from '@/lib/chart/render/testing';
import { runChart } from './chart';

const tmp = mkdtempSync(path.join(tmpdir(), 'wharf-cli-chart-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runChart(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const ECR = '709825985650.dkr.ecr.us-east-1.amazonaws.com/info-services/clairai';
const IMAGES = ['backend', 'frontend', 'agent', 'yace']
  .map((c) => `${ECR}:internal-testing-v1.1.1-${c}`)
  .join(',');

describe('wharf chart', () => {
  it('exits 0 with no findings for the compliant chart directory', async () => {
    const r = await run([
      path.join(FIXTURES, 'clairai'),
      '--addon',
      '--images',
      IMAGES,
      '--helm-chart-uri',
      `${ECR}-chart:0.1.0`,
      '--format',
      'json',
    ]);
    expect(r).toEqual({ code: 0, out: '{"findings":[]}\n', err: '' });
  });

  it('exits 1 and prints the exact JSON shape for a broken .tgz', async () => {
    const file = path.join(tmp, 'hooks.tgz');
    writeFileSync(file, makeTgz(loadFixture('clairai', 'chart-addon-no-hooks'), 'clairai'));
    const r = await run([file, '--addon', '--format=json']);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
    expect(parsed.findings).toEqual([
      {
        rule: 'chart-addon-no-hooks',
        code: 'INCOMPATIBLE_HELM_OBJECTS',
        severity: 'error',
        path: 'DeliveryOptions[].Details.*.HelmChartUri',
        message:
          'templates/migrate-job.yaml:6: Helm hook annotation (helm.sh/hook) is not supported for EKS add-ons.',
        file: 'templates/migrate-job.yaml',
        line: 6,
      },
    ]);
    expect(Object.keys(parsed.findings[0] ?? {})).toEqual([
      'rule',
      'code',
      'severity',
      'path',
      'message',
      'file',
      'line',
    ]);
  });

  it('reports a chart too expensive to analyse as a finding, and exits 1', async () => {
    const file = path.join(tmp, 'hostile.tgz');
    writeFileSync(file, makeTgz(HOSTILE_CHART, 'hostile'));
    const r = await run([file, '--format=json']);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'chart-analysis-budget',
        severity: 'error',
        file: 'templates/cm.yaml',
        message: expect.stringMatching(/^The chart is too expensive to analyse: /),
      }),
    ]);
  });

  it('exits 0 when there are only warnings, and prints a readable text report', async () => {
    const r = await run([path.join(FIXTURES, 'clairai'), '--images', `${IMAGES},${ECR}:unused`]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('wharf chart clairai 0.1.0\n✓ 0 errors, 1 warning');
    expect(r.out).toContain(`! warning  chart-declared-images-used`);
  });

  it.each([
    [
      'a malformed archive',
      () => {
        const f = path.join(tmp, 'bad.tgz');
        writeFileSync(f, 'not gzip');
        return [f];
      },
      /bad\.tgz: The file is not a gzip-compressed chart archive/,
    ],
    ['a missing path', () => [path.join(tmp, 'missing')], /missing: not found/],
    ['no path', () => [], /missing <chart-dir \| chart\.tgz>/],
    ['an unknown option', () => ['x', '--bogus'], /unknown option --bogus/],
    ['a bad format', () => ['x', '--format', 'xml'], /--format must be text or json/],
  ])('exits 2 with a clear message for %s', async (_name, argv, message) => {
    const r = await run(argv());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toMatch(message);
  });

  it('prints usage with --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: wharf chart/);
  });
});
