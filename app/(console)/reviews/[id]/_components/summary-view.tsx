import { Alert, Container, Header, StatusIndicator } from '@/components/ui';
import { formatAttestedAt } from '@/lib/checklist/group-results';
import { plural } from '@/lib/plural';
import type { ComplianceSummary } from '@/lib/reviews/summary';
import { SummaryActions } from './summary-actions';
import { SummaryAttestations } from './summary-attestations';
import { SummaryCharts, SummaryDiff, SummaryImages } from './summary-evidence';
import { SummaryRuleItem } from './summary-rule';

/** The compliance summary of one draft revision: the main column of the review page, and its print. */
export function SummaryView({ summary }: { summary: ComplianceSummary }) {
  const { counts } = summary;
  return (
    <div className="flex flex-col gap-6" data-print-summary>
      <Container
        header={
          <Header
            variant="h2"
            description={`Revision ${summary.draft.revision}, generated ${formatAttestedAt(summary.generatedAt)} for ${summary.generatedBy.name}.`}
            actions={<SummaryActions draftId={summary.draft.id} />}
          >
            Compliance summary
          </Header>
        }
      >
        <div className="flex flex-wrap gap-4" aria-label="Checklist counts">
          <StatusIndicator type="error">{`${counts.failed} failing`}</StatusIndicator>
          <StatusIndicator type="warning">{plural(counts.warnings, 'warning')}</StatusIndicator>
          <StatusIndicator type="pending">{`${counts.manual} to confirm`}</StatusIndicator>
          <StatusIndicator type="success">{`${counts.passed} passed`}</StatusIndicator>
          <span className="text-ink-secondary">{`${summary.notApplicable} not applicable`}</span>
        </div>
        {counts.blocking ? (
          <Alert type="error" className="mt-4" header="Submission is blocked">
            The failing items must be fixed and every required confirmation given.
          </Alert>
        ) : (
          <Alert type="success" className="mt-4">
            Nothing blocks submission.
          </Alert>
        )}
      </Container>
      {summary.groups.map((g) => (
        <section key={g.title} data-print-summary-group>
          <Container
            header={
              <Header
                variant="h2"
                description={`${g.counts.failed} failing, ${plural(g.counts.warnings, 'warning')}, ${g.counts.manual} to confirm, ${g.counts.passed} passed`}
              >
                {g.title}
              </Header>
            }
          >
            <ul>
              {g.rules.map((r) => (
                <SummaryRuleItem key={r.id} rule={r} />
              ))}
            </ul>
          </Container>
        </section>
      ))}
      <section data-print-summary-group className="flex flex-col gap-6">
        <SummaryCharts charts={summary.charts} />
        <SummaryImages images={summary.images} />
        {summary.diff ? <SummaryDiff diff={summary.diff} /> : null}
        <SummaryAttestations attestations={summary.attestations} />
      </section>
    </div>
  );
}
