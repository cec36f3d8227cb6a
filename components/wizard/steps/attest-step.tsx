'use client';
import { Checkbox, Container, Header } from '@/components/ui';
import { ISV_TESTED_RULE } from '@/lib/policy';

/**
 * Release an EKS add-on: the ISV-testing attestation AWS audits (AUDIT_ERROR otherwise). It is the
 * checklist's manual rule `attest-isv-tested`, ticked here or in the checklist.
 */
export function AttestStep({
  kubernetesVersions,
  attested,
  onAttest,
}: {
  kubernetesVersions: string[];
  attested: readonly string[];
  onAttest?: (ruleId: string, checked: boolean) => void;
}) {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="AWS rejects the release with AUDIT_ERROR when ISV testing is missing for a compatible cluster version."
        >
          ISV testing
        </Header>
      }
    >
      <p className="mb-3 text-sm">
        Compatible Kubernetes versions of the chosen options:{' '}
        <strong>{kubernetesVersions.length ? kubernetesVersions.join(', ') : 'none listed'}</strong>
      </p>
      <Checkbox
        data-field={ISV_TESTED_RULE}
        checked={attested.includes(ISV_TESTED_RULE)}
        disabled={!onAttest}
        onChange={(e) => onAttest?.(ISV_TESTED_RULE, e.target.checked)}
        label="I confirm ISV testing was done on every compatible Kubernetes version"
        description="You ran the add-on's tests on an EKS cluster of each version listed above."
      />
    </Container>
  );
}
