'use client';
import { useDeferredValue, useMemo } from 'react';
import {
  buildCliCommand,
  buildDetailsDocument,
  buildStartChangeSetRequest,
  fieldForPolicyPath,
} from '@/lib/draft/builders';
import { evaluate, type ProductSnapshot } from '@/lib/policy';
import type { WizardForm } from '@/lib/draft/form';
import { chartsForRequest, isChartFindingPath, type StoredCharts } from '@/components/chart/draft-charts';

/**
 * The request and its evaluation, computed from a deferred copy of the form so typing never waits
 * for the policy engine. Findings are also keyed by form field for the inline errors.
 */
export function useLiveChecklist(
  form: WizardForm,
  product: { id: string; title: string },
  snapshot: ProductSnapshot | undefined,
  attestations: Record<string, { by: string; at: string }>,
  charts?: StoredCharts,
) {
  // Serialise: react-hook-form may hand back the same (mutated) object, and a string compares by value.
  const text = JSON.stringify(form);
  const deferredText = useDeferredValue(text);
  const live = useMemo(() => {
    const deferred = JSON.parse(deferredText) as WizardForm;
    const { optionIndex } = buildDetailsDocument(deferred);
    const request = buildStartChangeSetRequest(deferred, product);
    const evaluation = evaluate({
      request,
      product: snapshot,
      attestations,
      charts: chartsForRequest(deferred, charts, optionIndex),
    });
    const findings: Record<string, string> = {};
    for (const f of evaluation.findings) {
      // Chart findings live in the checklist and the chart preflight, not under a form field.
      if (f.severity !== 'error' || isChartFindingPath(f.path)) continue;
      const field = fieldForPolicyPath(f.path, optionIndex);
      if (field && !findings[field]) findings[field] = f.message;
    }
    if (deferred.changeType === 'UpdateDeliveryOptionsVisibility' && !deferred.isvTested)
      findings.isvTested ??= 'Attest that ISV testing was done on every compatible Kubernetes version.';
    return {
      optionIndex,
      request,
      evaluation,
      findings,
      requestJson: JSON.stringify(request, null, 2),
      cliCommand: buildCliCommand(request),
    };
  }, [deferredText, product, snapshot, attestations, charts]);
  return { ...live, isStale: deferredText !== text };
}
