import { Container, ExpandableSection, Header, StatusIndicator, type StatusType } from '@/components/ui';
import { formatAttestedAt } from '@/lib/checklist/group-results';
import { SCAN_LABELS, type ScanStatus } from '@/lib/reviews/images';
import type { ComplianceSummary } from '@/lib/reviews/summary';

const SCAN_TYPES: Record<ScanStatus, StatusType> = {
  clean: 'success',
  findings: 'error',
  'not-pushed': 'warning',
  unknown: 'stopped',
};

const SEVERITY_TYPES: Record<string, StatusType> = { error: 'error', warning: 'warning', manual: 'info' };

/** Each uploaded chart with its digest and the preflight's findings at file:line. */
export function SummaryCharts({ charts }: { charts: ComplianceSummary['charts'] }) {
  return (
    <Container header={<Header variant="h2">Chart preflight</Header>} className="break-inside-avoid">
      {charts.length === 0 ? <p className="text-sm">No chart was uploaded for this revision.</p> : null}
      <div className="flex flex-col gap-4">
        {charts.map((c) => (
          <section key={`${c.option}-${c.sha256}`} className="text-sm">
            <h3 className="font-bold">
              {c.option}: {c.filename}
              {c.chart.name ? ` (${c.chart.name} ${c.chart.version ?? ''})` : ''}
            </h3>
            <p className="text-ink-secondary">
              SHA-256 <code className="break-all">{c.sha256}</code> · checked {formatAttestedAt(c.analysedAt)}{' '}
              by {c.analysedBy}
            </p>
            {c.isStale ? (
              <StatusIndicator type="warning">The option changed after this check.</StatusIndicator>
            ) : null}
            <ExpandableSection
              header={`${c.findings.length} findings`}
              defaultExpanded={c.findings.some((f) => f.severity === 'error')}
            >
              <ul className="flex flex-col gap-1">
                {c.findings.map((f, i) => (
                  <li key={i}>
                    <StatusIndicator type={SEVERITY_TYPES[f.severity] ?? 'info'}>
                      <span className="text-ink">
                        {f.file ? (
                          <code className="mr-1">{f.line ? `${f.file}:${f.line}` : f.file}</code>
                        ) : null}
                        {f.message}
                      </span>
                    </StatusIndicator>
                  </li>
                ))}
                {c.findings.length === 0 ? <li>No findings.</li> : null}
              </ul>
            </ExpandableSection>
          </section>
        ))}
      </div>
    </Container>
  );
}

/** The image tags the revision delivers, with the registry's scan status of each. */
export function SummaryImages({ images }: { images: ComplianceSummary['images'] }) {
  return (
    <Container
      header={
        <Header variant="h2" counter={`(${images.length})`}>
          Images
        </Header>
      }
    >
      {images.length === 0 ? <p className="text-sm">No images in this revision.</p> : null}
      <ul className="flex flex-col gap-1 text-sm">
        {images.map((i) => (
          <li key={i.image} className="flex flex-wrap justify-between gap-x-4">
            <code className="break-all">{i.image}</code>
            <StatusIndicator type={SCAN_TYPES[i.scan]}>{SCAN_LABELS[i.scan]}</StatusIndicator>
          </li>
        ))}
      </ul>
    </Container>
  );
}

/** Updates: what changes against the live version, field by field (the Review step's diff). */
export function SummaryDiff({ diff }: { diff: NonNullable<ComplianceSummary['diff']> }) {
  return (
    <Container
      header={
        <Header variant="h2" counter={`(${diff.length})`}>
          Changes against the live version
        </Header>
      }
    >
      {diff.length === 0 ? (
        <p className="text-sm">No changes.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th className="py-1 pr-3">Where</th>
              <th className="py-1 pr-3">Field</th>
              <th className="py-1 pr-3">Before</th>
              <th className="py-1">After</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((d, i) => (
              <tr key={i} className="break-inside-avoid border-b border-slate-200 align-top">
                <td className="py-1 pr-3">{d.where}</td>
                <td className="py-1 pr-3">{d.field}</td>
                <td className="py-1 pr-3 break-all whitespace-pre-wrap">{d.before}</td>
                <td className="py-1 break-all whitespace-pre-wrap">{d.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Container>
  );
}
