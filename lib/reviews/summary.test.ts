import { describe, expect, it } from 'vitest';
import { groupResults } from '@/lib/checklist/group-results';
import { emptyWizardForm } from '@/lib/draft/form';
import { buildComplianceSummary } from './summary';
import { IMAGES, helmForm, storedChart, summaryInput } from './testing';

const attested = (ids: string[]) =>
  Object.fromEntries(
    ids.map((id) => [id, { by: 'u-pm', byName: 'Pat PM', at: '2026-11-21T10:00:00.000Z', revision: 2 }]),
  );

describe('buildComplianceSummary', () => {
  it('carries the verdict’s counts and groups the rules as the checklist does', () => {
    const input = summaryInput({ charts: { helm1: storedChart('chart-image-not-hardcoded') } });
    const s = buildComplianceSummary(input);
    expect(s.counts).toEqual(input.verdict.counts);
    const sections = groupResults(input.verdict.evaluation);
    expect(s.groups.map((g) => [g.title, g.rules.map((r) => r.id)])).toEqual(
      sections.map((x) => [x.title, x.results.map((r) => r.rule.id)]),
    );
    const total = s.groups.reduce((n, g) => n + g.counts.failed, 0);
    expect(total).toBe(s.counts.failed);
    expect(s.generatedBy).toEqual({ id: 'u-rev', name: 'Rita Reviewer' });
    expect(s.generatedAt).toBe('2026-11-22T09:00:00.000Z');
  });

  it('names each rule’s source: the seed section and the AWS code, also for chart rules', () => {
    const s = buildComplianceSummary(
      summaryInput({ charts: { helm1: storedChart('chart-image-not-hardcoded') } }),
    );
    const rules = s.groups.flatMap((g) => g.rules);
    const chart = rules.find((r) => r.id === 'chart-image-not-hardcoded')!;
    expect(chart.status).toBe('fail');
    expect(chart.source).toEqual({ document: '000 §8.1, §8.2', code: 'INVALID_HELM_CHART' });
    expect(rules.find((r) => r.id === 'attest-images-scanned')?.source).toEqual({
      document: '000 §4.1, §19',
      code: 'SCAN_ERROR',
    });
  });

  it('shows the values a rule looked at', () => {
    const s = buildComplianceSummary(summaryInput({ form: helmForm('9.9.9-evidence') }));
    const values = s.groups.flatMap((g) => g.rules).flatMap((r) => r.evidence.map((v) => v.value));
    expect(values).toContain('9.9.9-evidence');
    expect(values).toContain(IMAGES[0]);
  });

  it('lists the chart preflight with file:line and the chart’s digest', () => {
    const s = buildComplianceSummary(
      summaryInput({ charts: { helm1: storedChart('chart-image-not-hardcoded') } }),
    );
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({
      option: 'Helm',
      filename: 'clairai-0.1.0.tgz',
      sha256: 'ab'.repeat(32),
    });
    expect(s.charts[0]!.findings).toContainEqual(
      expect.objectContaining({
        rule: 'chart-image-not-hardcoded',
        file: 'templates/backend-deployment.yaml',
        line: 16,
      }),
    );
  });

  it('gives each image its registry scan status', () => {
    const registry = [
      {
        tags: [
          { imageUri: IMAGES[0]!, vulnerable: true },
          { imageUri: IMAGES[1]!, vulnerable: false },
        ],
      },
    ];
    const s = buildComplianceSummary(summaryInput({ registry }));
    expect(s.images.map((i) => i.scan)).toEqual(['findings', 'clean', 'not-pushed', 'not-pushed']);
    expect(buildComplianceSummary(summaryInput({})).images.every((i) => i.scan === 'unknown')).toBe(true);
  });

  it('lists each confirmation with who, when and revision, and flags one the evidence now contradicts', () => {
    const attestations = attested(['attest-helm-no-hardcoded-images', 'attest-non-root']);
    const clean = buildComplianceSummary(summaryInput({ attestations, charts: { helm1: storedChart() } }));
    expect(clean.attestations.map((a) => [a.rule, a.byName, a.revision, a.contradiction])).toEqual([
      ['attest-non-root', 'Pat PM', 2, undefined],
      ['attest-helm-no-hardcoded-images', 'Pat PM', 2, undefined],
    ]);
    const later = buildComplianceSummary(
      summaryInput({ attestations, charts: { helm1: storedChart('chart-image-not-hardcoded') } }),
    );
    const flagged = later.attestations.find((a) => a.rule === 'attest-helm-no-hardcoded-images');
    expect(flagged?.contradiction?.evidence[0]).toMatch(/^templates\/backend-deployment\.yaml:16: /);
    expect(later.attestations.find((a) => a.rule === 'attest-non-root')?.contradiction).toBeUndefined();
  });

  it('has a diff for updates only', () => {
    expect(buildComplianceSummary(summaryInput({})).diff).toBeUndefined();
    const update = buildComplianceSummary(summaryInput({ form: emptyWizardForm('UpdateDeliveryOptions') }));
    expect(update.diff).toEqual([]);
  });
});

describe('chart finding messages', () => {
  it('show the file:line once, apart from the message', () => {
    const s = buildComplianceSummary(
      summaryInput({ charts: { helm1: storedChart('chart-image-not-hardcoded') } }),
    );
    const f = s.charts[0]!.findings.find((x) => x.rule === 'chart-image-not-hardcoded')!;
    expect(f.message.startsWith('templates/')).toBe(false);
    const r = s.groups.flatMap((g) => g.rules).find((x) => x.id === 'chart-image-not-hardcoded')!;
    expect(r.findings[0]!.message).toBe(f.message);
    expect(r.findings[0]!.location).toEqual({ file: 'templates/backend-deployment.yaml', line: 16 });
  });
});
