import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildComplianceSummary } from '@/lib/reviews/summary';
import { storedChart, summaryInput } from '@/lib/reviews/testing';
import { SummaryView } from './summary-view';

const summary = buildComplianceSummary(
  summaryInput({
    charts: { helm1: storedChart('chart-image-not-hardcoded') },
    attestations: {
      'attest-helm-no-hardcoded-images': {
        by: 'u',
        byName: 'Pat PM',
        at: '2026-11-21T10:00:00.000Z',
        revision: 3,
      },
    },
  }),
);
const html = renderToStaticMarkup(<SummaryView summary={summary} />);

describe('SummaryView', () => {
  it('shows the verdict’s counts and the blocking alert', () => {
    expect(html).toContain(`${summary.counts.failed} failing`);
    expect(html).toContain(`${summary.counts.passed} passed`);
    expect(html).toContain('Submission is blocked');
  });

  it('shows each group, the chart digest with file:line, and the contradicted confirmation', () => {
    for (const g of summary.groups) expect(html).toContain(`>${g.title}<`);
    expect(html).toContain('ab'.repeat(32));
    expect(html).toContain('templates/backend-deployment.yaml:16');
    expect(html).toContain('Confirmed by Pat PM on 2026-11-21 10:00 UTC (revision 3)');
    expect(html).toContain('The evidence now contradicts this confirmation');
  });

  it('offers the exports and print, marked to stay out of the print', () => {
    expect(html).toContain(`href="/api/drafts/${summary.draft.id}/summary?format=md"`);
    expect(html).toContain(`href="/api/drafts/${summary.draft.id}/summary?format=json"`);
    expect(html).toMatch(/data-print-hide="true"|data-print-hide=""/);
    expect(html).toContain('data-print-summary');
  });
});
