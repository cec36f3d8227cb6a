/* Fixtures of the summary tests: a Helm version draft with a stored chart analysis. Test-only. */
import { analyzeChart } from '@/lib/chart';
import { loadFixture } from '@/lib/chart/io/testing';
import type { StoredChart, StoredCharts } from '@/lib/draft/charts';
import { evaluateDraft } from '@/lib/draft/evaluate-draft';
import { emptyOption, emptyWizardForm, type WizardForm } from '@/lib/draft/form';
import type { StoredAttestations } from '@/lib/draft/attestations';
import type { SummaryInput } from './summary';

const REGISTRY = '709825985650.dkr.ecr.us-east-1.amazonaws.com';
export const IMAGES = ['agent', 'backend', 'frontend', 'yace'].map(
  (t) => `${REGISTRY}/info-services/clairai:internal-testing-v1.1.1-${t}`,
);
const URI = `${REGISTRY}/info-services/clairai:0.1.0`;

/** A stored chart of the clairai fixture, optionally with one of its rule-breaking overlays. */
export function storedChart(overlay?: string): StoredChart {
  return {
    filename: 'clairai-0.1.0.tgz',
    size: 1234,
    sha256: 'ab'.repeat(32),
    analysedAt: '2026-11-21T22:00:00.000Z',
    analysedBy: 'Priya',
    analysedById: 'u1',
    checkedAgainst: { method: 'helm', images: IMAGES, helmChartUri: URI },
    analysis: analyzeChart(loadFixture('clairai', overlay), { declaredImages: IMAGES, helmChartUri: URI }),
  };
}

export function helmForm(title = '2.0.0'): WizardForm {
  const form = emptyWizardForm('AddDeliveryOptions');
  form.versionTitle = title;
  form.releaseNotes = 'Notes.';
  form.options = [{ ...emptyOption('helm', 'helm1'), title: 'Helm', images: IMAGES, helmChartUri: URI }];
  return form;
}

/** The summary input of a draft: its verdict is evaluateDraft's, as the server computes it. */
export function summaryInput(p: {
  form?: WizardForm;
  charts?: StoredCharts;
  attestations?: StoredAttestations;
  registry?: SummaryInput['registry'];
}): SummaryInput {
  const form = p.form ?? helmForm();
  const attestations = p.attestations ?? {};
  return {
    draft: {
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Version 2.0.0',
      productId: 'prod-1',
      productTitle: 'ClairAI',
      changeType: form.changeType,
      revision: 4,
      status: 'open',
      updatedAt: new Date('2026-11-22T08:00:00Z'),
    },
    verdict: evaluateDraft({
      form,
      product: { id: 'prod-1', title: 'ClairAI' },
      snapshot: undefined,
      charts: p.charts,
      attestations,
    }),
    form,
    charts: p.charts ?? {},
    attestations,
    registry: p.registry,
    generatedAt: new Date('2026-11-22T09:00:00Z'),
    generatedBy: { id: 'u-rev', name: 'Rita Reviewer' },
  };
}
