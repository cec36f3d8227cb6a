import { describe, expect, it } from 'vitest';
import { analyzeChart } from './analyze';
import { loadFixture } from './io/testing';
import { CHART_RULES } from './rules';
import type { AnalyzeOptions } from './types';

const ECR = '709825985650.dkr.ecr.us-east-1.amazonaws.com/info-services/clairai';
const CLAIRAI_IMAGES = ['backend', 'frontend', 'agent', 'yace'].map(
  (c) => `${ECR}:internal-testing-v1.1.1-${c}`,
);
const FULL: AnalyzeOptions = {
  addon: true,
  declaredImages: CLAIRAI_IMAGES,
  helmChartUri: '709825985650.dkr.ecr.us-east-1.amazonaws.com/info-services/clairai-chart:0.1.0',
};

const failing = (files: Map<string, string>, opts: AnalyzeOptions = FULL) =>
  [
    ...new Set(
      analyzeChart(files, opts)
        .findings.filter((f) => f.severity !== 'manual')
        .map((f) => f.rule),
    ),
  ].sort();

describe('the compliant ClairAI chart', () => {
  const result = analyzeChart(loadFixture('clairai'), FULL);

  it('passes every rule with every option given', () => {
    expect(result.findings).toEqual([]);
    expect(result.rulesRun.sort()).toEqual(CHART_RULES.map((r) => r.id).sort());
    expect(Object.keys(result.ruleTitles ?? {}).sort()).toEqual(result.rulesRun);
    expect(result.ruleTitles?.[CHART_RULES[0]!.id]).toBe(CHART_RULES[0]!.title);
  });

  it('resolves the four component images through values, printf, include helpers and variables', () => {
    expect(result.images).toEqual([...CLAIRAI_IMAGES].sort());
    expect(result.chart).toEqual({ name: 'clairai', version: '0.1.0', apiVersion: 'v2' });
  });

  it('skips the add-on and option-driven rules when those options are absent', () => {
    const run = analyzeChart(loadFixture('clairai')).rulesRun;
    expect(run).not.toContain('chart-addon-no-hooks');
    expect(run).not.toContain('chart-images-declared');
    expect(run).not.toContain('chart-version-matches-uri');
    expect(run).toContain('chart-template-syntax');
  });
});

/** Each overlay breaks exactly the listed rules (most break one; a few unavoidably cascade). */
const BROKEN: [overlay: string, rules: string[]][] = [
  ['chart-yaml-valid', ['chart-yaml-valid', 'chart-version-matches-uri']],
  ['chart-yaml-missing', ['chart-yaml-valid', 'chart-version-matches-uri']],
  [
    'chart-values-yaml-valid',
    [
      'chart-values-yaml-valid',
      'chart-addon-service-account',
      'chart-addon-workload',
      'chart-config-schema-defaults',
      'chart-declared-images-used',
    ],
  ],
  ['chart-template-syntax', ['chart-template-syntax']],
  ['chart-template-functions', ['chart-template-functions']],
  ['chart-template-includes', ['chart-template-includes']],
  ['chart-values-image-variables', ['chart-values-image-variables']],
  ['chart-image-not-hardcoded', ['chart-image-not-hardcoded']],
  ['chart-images-resolvable', ['chart-images-resolvable', 'chart-declared-images-used']],
  [
    'chart-images-marketplace-ecr',
    ['chart-images-marketplace-ecr', 'chart-images-declared', 'chart-declared-images-used'],
  ],
  ['chart-images-regionalized', ['chart-images-regionalized']],
  ['chart-dependencies-vendored', ['chart-dependencies-vendored']],
  ['chart-schema-no-sensitive', ['chart-schema-no-sensitive']],
  ['chart-values-no-raw-secrets', ['chart-values-no-raw-secrets']],
  ['chart-config-schema-draft', ['chart-config-schema-draft']],
  ['chart-config-schema-camel-case', ['chart-config-schema-camel-case']],
  ['chart-config-schema-descriptions', ['chart-config-schema-descriptions']],
  ['chart-config-schema-no-images', ['chart-config-schema-no-images']],
  ['chart-config-schema-defaults', ['chart-config-schema-defaults']],
  ['chart-addon-no-hooks', ['chart-addon-no-hooks']],
  ['chart-addon-no-lookup', ['chart-addon-no-lookup']],
  ['chart-addon-release-fields', ['chart-addon-release-fields']],
  ['chart-addon-capabilities', ['chart-addon-capabilities']],
  ['chart-addon-workload', ['chart-addon-workload', 'chart-declared-images-used']],
  ['chart-addon-service-account', ['chart-addon-service-account']],
];

describe.each(BROKEN)('fixture broken/%s', (overlay, rules) => {
  it(`fails exactly ${rules.join(', ')}`, () => {
    expect(failing(loadFixture('clairai', overlay))).toEqual([...rules].sort());
  });
});

it('has a failing fixture or option case for every rule', () => {
  const covered = new Set([
    ...BROKEN.flatMap(([, rules]) => rules),
    'chart-version-matches-uri',
    'chart-images-declared',
    'chart-declared-images-used',
    'chart-analysis-budget', // render/budget.test.ts
  ]);
  expect(CHART_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
});

describe('option-driven rules', () => {
  const files = loadFixture('clairai');
  it('chart-version-matches-uri: tag must equal the chart version and be SemVer 2', () => {
    expect(failing(files, { ...FULL, helmChartUri: `${ECR}-chart:0.2.0` })).toEqual([
      'chart-version-matches-uri',
    ]);
    expect(failing(files, { ...FULL, helmChartUri: `${ECR}-chart:helmchart1.1` })).toEqual([
      'chart-version-matches-uri',
    ]);
    expect(failing(files, { ...FULL, helmChartUri: `${ECR}-chart` })).toEqual(['chart-version-matches-uri']);
  });
  it('chart-images-declared: an image the chart renders but ContainerImages omits', () => {
    const result = analyzeChart(files, { ...FULL, declaredImages: CLAIRAI_IMAGES.slice(1) });
    expect(result.findings.map((f) => [f.rule, f.code, f.severity])).toEqual([
      ['chart-images-declared', 'INVALID_HELM_UNDECLARED_IMAGES', 'error'],
    ]);
    expect(result.findings[0]?.location).toEqual({ file: 'templates/backend-deployment.yaml', line: 22 });
  });
  it('chart-declared-images-used: a declared image the chart never renders is a warning', () => {
    const result = analyzeChart(files, { ...FULL, declaredImages: [...CLAIRAI_IMAGES, `${ECR}:unused`] });
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['chart-declared-images-used', 'warning'],
    ]);
  });
  it('marketplaceRegistry can be narrowed to an exact host', () => {
    expect(
      failing(files, { ...FULL, marketplaceRegistry: '709825985650.dkr.ecr.eu-west-1.amazonaws.com' }),
    ).toEqual(['chart-images-marketplace-ecr']);
    expect(failing(files, { ...FULL, marketplaceRegistry: /\.amazonaws\.com$/ })).toEqual([]);
  });
});

/** Findings point at the file and line a seller has to edit. */
const LOCATIONS: [overlay: string, rule: string, where: { file: string; line?: number }[]][] = [
  [
    'chart-yaml-valid',
    'chart-yaml-valid',
    [
      { file: 'Chart.yaml', line: 1 },
      { file: 'Chart.yaml', line: 3 },
    ],
  ],
  ['chart-yaml-missing', 'chart-yaml-valid', [{ file: 'Chart.yaml' }]],
  ['chart-values-yaml-valid', 'chart-values-yaml-valid', [{ file: 'values.yaml', line: 4 }]],
  [
    'chart-template-syntax',
    'chart-template-syntax',
    [
      { file: 'templates/configmap.yaml', line: 8 },
      { file: 'templates/configmap.yaml', line: 6 },
    ],
  ],
  [
    'chart-template-functions',
    'chart-template-functions',
    [
      { file: 'templates/configmap.yaml', line: 6 },
      { file: 'templates/configmap.yaml', line: 7 },
    ],
  ],
  ['chart-template-includes', 'chart-template-includes', [{ file: 'templates/configmap.yaml', line: 6 }]],
  ['chart-values-image-variables', 'chart-values-image-variables', [{ file: 'values.yaml', line: 58 }]],
  [
    'chart-image-not-hardcoded',
    'chart-image-not-hardcoded',
    [{ file: 'templates/backend-deployment.yaml', line: 16 }],
  ],
  [
    'chart-images-resolvable',
    'chart-images-resolvable',
    [{ file: 'templates/agent-daemonset.yaml', line: 11 }],
  ],
  [
    'chart-images-marketplace-ecr',
    'chart-images-marketplace-ecr',
    [{ file: 'templates/yace-deployment.yaml', line: 20 }],
  ],
  [
    'chart-images-regionalized',
    'chart-images-regionalized',
    [{ file: 'templates/agent-daemonset.yaml', line: 11 }],
  ],
  [
    'chart-dependencies-vendored',
    'chart-dependencies-vendored',
    [
      { file: 'Chart.yaml', line: 8 },
      { file: 'Chart.yaml', line: 11 },
    ],
  ],
  ['chart-schema-no-sensitive', 'chart-schema-no-sensitive', [{ file: 'values.schema.json', line: 8 }]],
  [
    'chart-values-no-raw-secrets',
    'chart-values-no-raw-secrets',
    [
      { file: 'values.yaml', line: 60 },
      { file: 'values.yaml', line: 58 },
    ],
  ],
  ['chart-addon-no-hooks', 'chart-addon-no-hooks', [{ file: 'templates/migrate-job.yaml', line: 6 }]],
  ['chart-addon-no-lookup', 'chart-addon-no-lookup', [{ file: 'templates/secret.yaml', line: 1 }]],
  [
    'chart-addon-release-fields',
    'chart-addon-release-fields',
    [
      { file: 'templates/configmap.yaml', line: 6 },
      { file: 'templates/configmap.yaml', line: 8 },
    ],
  ],
  [
    'chart-addon-capabilities',
    'chart-addon-capabilities',
    [{ file: 'templates/servicemonitor.yaml', line: 1 }],
  ],
  ['chart-addon-service-account', 'chart-addon-service-account', [{ file: 'values.yaml', line: 39 }]],
];

describe.each(LOCATIONS)('locations in broken/%s', (overlay, rule, where) => {
  it(`${rule} reports ${where.map((w) => `${w.file}:${w.line ?? '-'}`).join(', ')}`, () => {
    const found = analyzeChart(loadFixture('clairai', overlay), FULL).findings.filter((f) => f.rule === rule);
    expect(found.map((f) => f.location)).toEqual(where);
    for (const f of found) expect(f.code).toBe(CHART_RULES.find((r) => r.id === rule)?.source.code);
  });
});
