import { describe, expect, it } from 'vitest';
import { analyzeChart } from '@/lib/chart';
import { loadFixture } from '@/lib/chart/io/testing';
// The builders are pure; the live checklist hands their optionIndex to chartsForRequest, so the test does too.
import { buildDetailsDocument, buildStartChangeSetRequest } from '@/lib/draft/builders';
import { evaluate } from '@/lib/policy';
import { emptyOption, emptyWizardForm, type WizardForm } from '@/lib/draft/form';
import {
  chartFieldOf,
  chartsForRequest,
  isChartFindingPath,
  isCheckStale,
  readStoredCharts,
  type StoredChart,
} from './charts';

const REGISTRY = '709825985650.dkr.ecr.us-east-1.amazonaws.com';
const IMAGES = ['agent', 'backend', 'frontend', 'yace'].map(
  (t) => `${REGISTRY}/info-services/clairai:internal-testing-v1.1.1-${t}`,
);
const URI = `${REGISTRY}/info-services/clairai:0.1.0`;

function stored(overlay?: string): StoredChart {
  return {
    filename: 'clairai-0.1.0.tgz',
    size: 1,
    sha256: '0'.repeat(64),
    analysedAt: '2026-11-21T22:00:00.000Z',
    analysedBy: 'Priya',
    analysedById: 'u1',
    checkedAgainst: { method: 'helm', images: IMAGES, helmChartUri: URI },
    analysis: analyzeChart(loadFixture('clairai', overlay), { declaredImages: IMAGES, helmChartUri: URI }),
  };
}

function addVersionForm(): WizardForm {
  const form = emptyWizardForm('AddDeliveryOptions');
  form.versionTitle = '2.0.0';
  form.options = [
    { ...emptyOption('ecr', 'ecr0') },
    { ...emptyOption('helm', 'helm1'), images: IMAGES, helmChartUri: URI },
  ];
  return form;
}

describe('chartsForRequest', () => {
  it('keys each Helm option’s stored analysis by its request path; container options and removed options add nothing', () => {
    const form = addVersionForm();
    const charts = chartsForRequest(
      form,
      { helm1: stored(), ecr0: stored(), gone: stored() },
      buildDetailsDocument(form).optionIndex,
    );
    expect(Object.keys(charts)).toEqual(['ChangeSet[0].DetailsDocument.DeliveryOptions[1]']);
  });

  it('brings chart findings into evaluate with the option’s path, file and line, and makes them blocking', () => {
    const form = addVersionForm();
    const request = buildStartChangeSetRequest(form, { id: 'prod-1', title: 'P' });
    const before = evaluate({ request });
    const charts = chartsForRequest(
      form,
      { helm1: stored('chart-image-not-hardcoded') },
      buildDetailsDocument(form).optionIndex,
    );
    const after = evaluate({ request, charts });
    const chartFindings = after.findings.filter((f) => isChartFindingPath(f.path));
    const hardcoded = chartFindings.find((f) => f.rule === 'chart-image-not-hardcoded');
    expect(hardcoded?.path.startsWith('ChangeSet[0].DetailsDocument.DeliveryOptions[1].Chart')).toBe(true);
    expect(hardcoded?.location).toEqual({ file: 'templates/backend-deployment.yaml', line: 16 });
    expect(hardcoded?.message).toMatch(/^templates\/backend-deployment\.yaml:16: /);
    expect(after.blocking).toBe(true);
    expect(after.counts.failed).toBeGreaterThan(before.counts.failed);
    expect(before.findings.some((f) => isChartFindingPath(f.path))).toBe(false);
  });

  it('leads every located message with file:line exactly once', () => {
    const form = addVersionForm();
    const a = stored('chart-images-marketplace-ecr');
    const charts = chartsForRequest(form, { helm1: a }, [0, 1]);
    const findings = charts['ChangeSet[0].DetailsDocument.DeliveryOptions[1]']!.findings;
    for (const f of findings.filter((x) => x.location)) {
      expect(f.message.startsWith(`${f.location!.file}:`)).toBe(true);
      expect(f.message.indexOf(`${f.location!.file}:`, 1)).toBe(-1);
    }
    // The stored analysis itself is left as the analyser wrote it.
    expect(a.analysis.findings).not.toBe(findings);
  });

  it('follows an update’s own numbering: unchanged options are not in the request', () => {
    const form = emptyWizardForm('UpdateDeliveryOptions');
    const a = { ...emptyOption('helm', 'a'), id: 'do-a', title: 'A', images: IMAGES, helmChartUri: URI };
    const b = { ...emptyOption('helm', 'b'), id: 'do-b', title: 'B', images: IMAGES, helmChartUri: URI };
    form.baseline = { versionTitle: '', releaseNotes: '', options: [a, b] };
    form.options = [a, { ...b, helmChartUri: `${REGISTRY}/info-services/clairai:0.2.0` }];
    const { optionIndex } = buildDetailsDocument(form);
    expect(optionIndex).toEqual([1]);
    expect(Object.keys(chartsForRequest(form, { a: stored(), b: stored() }, optionIndex))).toEqual([
      'ChangeSet[0].DetailsDocument.DeliveryOptions[0]',
    ]);
  });
});

describe('chartFieldOf', () => {
  it('sends a chart finding to its option’s chart field and leaves the others alone', () => {
    expect(
      chartFieldOf(
        'ChangeSet[0].DetailsDocument.DeliveryOptions[0].Chart.DeliveryOptions[].Details.*.HelmChartUri',
        'options.2.title',
      ),
    ).toBe('options.2.chart');
    expect(
      chartFieldOf(
        'ChangeSet[0].DetailsDocument.DeliveryOptions[0].Details.HelmDeliveryOptionDetails.HelmChartUri',
        'options.2.helmChartUri',
      ),
    ).toBe('options.2.helmChartUri');
    expect(chartFieldOf('ChangeSet[0].DetailsDocument.DeliveryOptions[0].Chart', undefined)).toBeUndefined();
  });
});

describe('stored charts', () => {
  it('reads the jsonb column defensively', () => {
    expect(readStoredCharts(null)).toEqual({});
    expect(Object.keys(readStoredCharts({ ok: stored(), junk: { filename: 1 }, also: 'x' }))).toEqual(['ok']);
  });

  it('knows when the option changed since the check', () => {
    const c = stored();
    expect(isCheckStale(c, { method: 'helm', images: [...IMAGES].reverse(), helmChartUri: URI })).toBe(false);
    expect(isCheckStale(c, { method: 'helm', images: IMAGES.slice(1), helmChartUri: URI })).toBe(true);
    expect(isCheckStale(c, { method: 'helm', images: IMAGES, helmChartUri: `${URI}1` })).toBe(true);
    expect(isCheckStale(c, { method: 'eks-addon', images: IMAGES, helmChartUri: URI })).toBe(true);
  });
});
