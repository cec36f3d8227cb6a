import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeChart } from './analyze';
import { loadFixture } from './io/testing';

const PATHS = [
  'Chart.yaml',
  'values.yaml',
  'requirements.yaml',
  'values.schema.json',
  'aws_mp_configuration_schema.json',
  'templates/deployment.yaml',
  'templates/_helpers.tpl',
  'templates/NOTES.txt',
  'templates/x/y.yaml',
  'charts/sub/Chart.yaml',
  'charts/sub/values.yaml',
  'charts/sub/templates/a.yaml',
  'charts/sub/charts/deep/Chart.yaml',
];

const FRAGMENTS = [
  '{{',
  '}}',
  '{{-',
  '-}}',
  ' if ',
  ' else ',
  ' else if ',
  ' end ',
  ' range ',
  ' with ',
  ' define "h" ',
  ' block "b" . ',
  ' template "h" . ',
  ' include "h" . ',
  ' .Values.image.registry ',
  ' .Values ',
  ' $ ',
  ' $x := ',
  ' $x = ',
  ' . ',
  ' | ',
  ' default "d" ',
  ' printf "%s/%s:%s" ',
  ' (',
  ') ',
  ' "str" ',
  ' `raw` ',
  ' 42 ',
  ' nil ',
  ' true ',
  ' lookup ',
  ' tpl ',
  ' .Release.Service ',
  ' .Capabilities.APIVersions.Has "x/v1" ',
  ' break ',
  ' continue ',
  '/*',
  '*/',
  '\n',
  'image: ',
  'kind: Deployment\n',
  'helm.sh/hook: x\n',
  ' toYaml ',
  ' nindent 4 ',
  ' dict "image" .Values.image "root" . ',
  '"',
  "'",
  'apiVersion: v2\n',
  'name: x\n',
  'version: 0.1.0\n',
  'dependencies:\n  - name: sub\n    repository: https://x\n',
  'image:\n  registry: r\n  repository: p\n  tag: t\n',
  'password: p\n',
  '{"properties":{"aPassword":{"default":1}}}',
  '&a [*a, *a, *a]\n',
  '-----BEGIN PRIVATE KEY-----',
  'AKIAABCDEFGHIJKLMNOP',
];

const content = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.json({ maxDepth: 3 }),
);

describe('analyzeChart never throws', () => {
  it('on random file maps (templates, values, schemas, subcharts)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...PATHS), content, { maxKeys: 8 }),
        fc.record({
          addon: fc.boolean(),
          declaredImages: fc.option(fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), {
            nil: undefined,
          }),
          helmChartUri: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
        }),
        (dict, opts) => {
          const result = analyzeChart(new Map(Object.entries(dict)), opts);
          expect(Array.isArray(result.findings)).toBe(true);
          expect(result.rulesRun.length).toBeGreaterThan(0);
          for (const f of result.findings) expect(f.message).not.toMatch(/could not complete/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on the fixture charts with random bytes spliced into one file', () => {
    const base = loadFixture('platform');
    const paths = [...base.keys()];
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.nat(4000), fc.string({ maxLength: 30 }), (i, at, junk) => {
        const files = new Map(base);
        const p = paths[i] as string;
        const text = files.get(p) ?? '';
        files.set(p, text.slice(0, at) + junk + text.slice(at));
        const result = analyzeChart(files, { addon: true });
        for (const f of result.findings) expect(f.message).not.toMatch(/could not complete/);
      }),
      { numRuns: 100 },
    );
  });

  it('reports a values.yaml alias that contains itself instead of looping', () => {
    const result = analyzeChart(
      new Map([
        ['Chart.yaml', 'apiVersion: v2\nname: x\nversion: 0.1.0\n'],
        ['values.yaml', 'a: &a [*a, *a, *a]\n'],
      ]),
    );
    expect(result.findings.filter((f) => f.rule === 'chart-values-yaml-valid').map((f) => f.message)).toEqual(
      [expect.stringContaining('recursive')],
    );
  });

  it('on inputs that are not maps at all', () => {
    expect(() => analyzeChart(undefined as never)).not.toThrow();
    expect(() => analyzeChart(new Map([['Chart.yaml', undefined as unknown as string]]))).not.toThrow();
  });
});
