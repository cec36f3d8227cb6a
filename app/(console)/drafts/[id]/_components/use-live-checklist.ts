'use client';
import { useDeferredValue, useMemo } from 'react';
import { buildCliCommand, fieldForPolicyPath } from '@/lib/draft/builders';
import type { Attestation, ProductSnapshot } from '@/lib/policy';
import type { WizardForm } from '@/lib/draft/form';
import { isChartFindingPath, type StoredCharts } from '@/lib/draft/charts';
import { evaluateDraft } from '@/lib/draft/evaluate-draft';
import { imageFindings, optionNameOf } from '@/lib/draft/finding-places';

/**
 * The draft's verdict (the same `evaluateDraft` the server runs), computed from a deferred copy of
 * the form so typing never waits for the policy engine. Findings are also keyed by form field for
 * the inline errors, and by listed image for the image rows; `optionOf` names a finding's option.
 */
export function useLiveChecklist(
  form: WizardForm,
  product: { id: string; title: string },
  snapshot: ProductSnapshot | undefined,
  attestations: Record<string, Attestation>,
  charts?: StoredCharts,
  labelOfId?: (id: string) => string | undefined,
) {
  // Serialise: react-hook-form may hand back the same (mutated) object, and a string compares by value.
  const text = JSON.stringify(form);
  const deferredText = useDeferredValue(text);
  const live = useMemo(() => {
    const deferred = JSON.parse(deferredText) as WizardForm;
    const verdict = evaluateDraft({ form: deferred, product, snapshot, charts, attestations });
    const findings: Record<string, string> = {};
    for (const f of verdict.evaluation.findings) {
      // Chart findings live in the checklist and the chart preflight, not under a form field.
      if (f.severity !== 'error' || isChartFindingPath(f.path)) continue;
      const field = fieldForPolicyPath(f.path, verdict.optionIndex);
      if (field && !findings[field]) findings[field] = f.message;
    }
    return {
      ...verdict,
      findings,
      imageFindings: imageFindings(verdict.evaluation.findings, verdict.request, verdict.optionIndex),
      requestJson: JSON.stringify(verdict.request, null, 2),
      cliCommand: buildCliCommand(verdict.request),
    };
  }, [deferredText, product, snapshot, attestations, charts]);
  // Keyed on the titles only, so typing elsewhere keeps the checklist items memoised.
  const namesKey = JSON.stringify([form.options.map((o) => o.title ?? ''), form.optionIds]);
  const { optionIndex } = live;
  const optionOf = useMemo(() => {
    const [titles, optionIds] = JSON.parse(namesKey) as [string[], string[]];
    return (path: string) => optionNameOf(path, { titles, optionIds, optionIndex, labelOfId });
  }, [namesKey, optionIndex, labelOfId]);
  return { ...live, optionOf, isStale: deferredText !== text };
}
