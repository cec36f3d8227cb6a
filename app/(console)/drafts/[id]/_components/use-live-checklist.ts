'use client';
import { useDeferredValue, useMemo } from 'react';
import { buildCliCommand, fieldForPolicyPath } from '@/lib/draft/builders';
import type { Attestation, ProductSnapshot } from '@/lib/policy';
import type { WizardForm } from '@/lib/draft/form';
import { isChartFindingPath, type StoredCharts } from '@/lib/draft/charts';
import { evaluateDraft } from '@/lib/draft/evaluate-draft';

/**
 * The draft's verdict (the same `evaluateDraft` the server runs), computed from a deferred copy of
 * the form so typing never waits for the policy engine. Findings are also keyed by form field for
 * the inline errors.
 */
export function useLiveChecklist(
  form: WizardForm,
  product: { id: string; title: string },
  snapshot: ProductSnapshot | undefined,
  attestations: Record<string, Attestation>,
  charts?: StoredCharts,
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
      requestJson: JSON.stringify(verdict.request, null, 2),
      cliCommand: buildCliCommand(verdict.request),
    };
  }, [deferredText, product, snapshot, attestations, charts]);
  return { ...live, isStale: deferredText !== text };
}
