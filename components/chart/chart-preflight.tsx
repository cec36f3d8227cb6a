'use client';
import { useContext, useId, useRef, useState } from 'react';
import { useParams } from 'next/navigation';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormField, StatusIndicator, fieldIds } from '@/components/ui';
import { WizardFieldContext } from '@/components/form/wizard-field-context';
import { ChartResult, chartSummary } from './chart-result';
import { isCheckStale, MAX_CHART_UPLOAD_BYTES, storedChartOf } from '@/lib/draft/charts';
import { removeChart, uploadChart } from './upload-chart';
import { useDraftCharts, useSetDraftChart } from './use-draft-charts';

export interface ChartPreflightProps {
  /** The option's form path, e.g. "options.1". */
  name: string;
  method: 'helm' | 'eks-addon';
  /** Defaults to the draft in the URL (/drafts/<id>). */
  draftId?: string;
}

type Busy = { phase: 'uploading'; fraction: number } | { phase: 'analysing' } | { phase: 'removing' };

/**
 * "Check a packaged chart": uploads a .tgz for one Helm or EKS add-on option, shows what the chart
 * renders and what is wrong with it (file:line), and keeps the result with the draft. The result
 * goes into the draft's chart cache, which the live checklist reads.
 */
export function ChartPreflight({ name, method, draftId: given }: ChartPreflightProps) {
  const params = useParams<{ id?: string }>();
  const draftId = given ?? params.id ?? '';
  const optionIndex = Number(name.split('.').pop());
  const { control } = useFormContext();
  const [optionKey, images, helmChartUri] = useWatch({
    control,
    name: [`${name}.key`, `${name}.images`, `${name}.helmChartUri`],
  }) as [string, string[] | undefined, string | undefined];
  const { readOnly } = useContext(WizardFieldContext);
  const charts = useDraftCharts(draftId);
  const setChart = useSetDraftChart(draftId);
  const chart = optionKey ? storedChartOf(charts, optionKey) : undefined;
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<string>();
  const [announce, setAnnounce] = useState('');
  // Kept in this tab only, so a changed option can be re-checked without choosing the file again.
  const [lastFile, setLastFile] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = `chart-${useId()}`;
  const ids = fieldIds(id);

  async function send(file: File) {
    setError(undefined);
    if (file.size > MAX_CHART_UPLOAD_BYTES) {
      setError(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 8 MB. Choose the .tgz that helm package wrote.`,
      );
      return;
    }
    setLastFile(file);
    setBusy({ phase: 'uploading', fraction: 0 });
    setAnnounce(`Uploading ${file.name}`);
    const res = await uploadChart({
      draftId,
      optionIndex,
      optionKey,
      file,
      onProgress: (fraction) =>
        setBusy(fraction >= 1 ? { phase: 'analysing' } : { phase: 'uploading', fraction }),
    });
    setBusy(undefined);
    if (input.current) input.current.value = '';
    if (!res.ok) {
      setError(res.message);
      setAnnounce(`The chart could not be checked: ${res.message}`);
      return;
    }
    setChart(res.optionKey, res.chart);
    setAnnounce(
      `Chart checked: ${chartSummary(res.chart.analysis.findings).text}. The checklist is updated.`,
    );
  }

  async function remove() {
    if (!chart) return;
    setError(undefined);
    setBusy({ phase: 'removing' });
    const res = await removeChart({ draftId, optionIndex, optionKey });
    setBusy(undefined);
    if (!res.ok) return setError(res.message);
    setChart(optionKey, undefined);
    setLastFile(null);
    setAnnounce('Chart removed; its findings left the checklist.');
    input.current?.focus();
  }

  const canEdit = !readOnly && Boolean(draftId);
  const isStale = chart
    ? isCheckStale(chart, { method, images: images ?? [], helmChartUri: helmChartUri ?? '' })
    : false;
  return (
    // data-field: a chart finding in the checklist focuses the file input (or, read-only, this box).
    <div
      className="flex flex-col gap-3 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 focus:outline-2 focus:outline-blue-700"
      data-chart-preflight={name}
      data-field={canEdit ? undefined : `${name}.chart`}
      tabIndex={canEdit ? undefined : -1}
    >
      {canEdit ? (
        <FormField
          id={id}
          label="Check a packaged chart (.tgz)"
          description={`Runs the Marketplace Helm${method === 'eks-addon' ? ' and EKS add-on' : ''} rules before you push the chart, against this option’s container images and chart URI as saved.`}
          constraint="Up to 8 MB. The archive is read in memory and not kept; its findings are saved with the draft."
          error={error}
        >
          <input
            ref={input}
            id={id}
            data-field={`${name}.chart`}
            type="file"
            accept=".tgz,.tar.gz,application/gzip,application/x-gzip,application/x-compressed-tar"
            // Not disabled while removing: Remove hands focus back to this input.
            disabled={busy?.phase === 'uploading' || busy?.phase === 'analysing'}
            aria-invalid={error ? true : undefined}
            aria-describedby={[ids.descriptionId, error ? ids.errorId : '', ids.constraintId]
              .filter(Boolean)
              .join(' ')}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void send(file);
            }}
            className="block w-full text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-full file:border-2 file:border-blue-700 file:bg-white file:px-4 file:py-1 file:text-sm file:font-bold file:text-blue-700 hover:file:bg-blue-50 disabled:opacity-60"
          />
        </FormField>
      ) : (
        <p className="font-bold text-slate-900">Chart check</p>
      )}
      {busy?.phase === 'uploading' ? (
        <div className="flex items-center gap-3">
          <StatusIndicator type="in-progress" className="text-sm">
            Uploading…
          </StatusIndicator>
          <progress
            className="h-2 w-40 accent-blue-700"
            max={1}
            value={busy.fraction}
            aria-label="Upload progress"
          />
        </div>
      ) : busy?.phase === 'analysing' ? (
        <StatusIndicator type="in-progress" className="text-sm">
          Analysing…
        </StatusIndicator>
      ) : null}
      {chart ? (
        <ChartResult
          chart={chart}
          isStale={isStale}
          canEdit={canEdit}
          isRemoving={busy?.phase === 'removing'}
          onRemove={() => void remove()}
          onRecheck={lastFile ? () => void send(lastFile) : undefined}
        />
      ) : !canEdit ? (
        <p className="text-sm text-slate-600">No chart was checked for this option.</p>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
