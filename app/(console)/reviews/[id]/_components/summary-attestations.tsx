import { Alert, Container, Header, StatusIndicator } from '@/components/ui';
import { formatAttestedAt } from '@/lib/checklist/group-results';
import type { SummaryAttestation } from '@/lib/reviews/summary';

/** Who confirmed, when and on which revision; a contradicted confirmation says by what. */
export function SummaryAttestationLine({ a }: { a: SummaryAttestation }) {
  return (
    <div className="mt-1 text-sm">
      <span className="text-ink-secondary">
        Confirmed by {a.byName} on {formatAttestedAt(a.at)} (revision {a.revision})
      </span>
      {a.contradiction ? (
        <Alert type="warning" className="mt-1" header="The evidence now contradicts this confirmation">
          <p>{a.contradiction.message}</p>
        </Alert>
      ) : null}
    </div>
  );
}

/** Every confirmation of the revision, contradicted ones first. */
export function SummaryAttestations({ attestations }: { attestations: SummaryAttestation[] }) {
  const sorted = [...attestations].sort((x, y) => Number(!!y.contradiction) - Number(!!x.contradiction));
  const flagged = attestations.filter((a) => a.contradiction).length;
  return (
    <Container
      header={
        <Header variant="h2" counter={`(${attestations.length})`}>
          Confirmations
        </Header>
      }
    >
      {flagged ? (
        <StatusIndicator type="warning" className="mb-2">
          {`${flagged} contradicted by the evidence`}
        </StatusIndicator>
      ) : null}
      {sorted.length ? (
        <ul className="flex flex-col gap-2">
          {sorted.map((a) => (
            <li key={a.rule} className="break-inside-avoid">
              <StatusIndicator type={a.contradiction ? 'warning' : 'success'}>
                <span className="text-ink">{a.title}</span>
              </StatusIndicator>
              <SummaryAttestationLine a={a} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">No confirmations yet.</p>
      )}
    </Container>
  );
}
