'use client';
import { Controller, useFormContext } from 'react-hook-form';
import { Checkbox, Container, Header } from '@/components/ui';
import { useWizardField } from '@/components/form/wizard-field-context';

/** Release an EKS add-on: the ISV-testing attestation AWS audits (AUDIT_ERROR otherwise). */
export function AttestStep({ kubernetesVersions }: { kubernetesVersions: string[] }) {
  const { control } = useFormContext();
  const { error, disabled } = useWizardField('isvTested');
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
      <Controller
        control={control}
        name="isvTested"
        render={({ field }) => (
          <Checkbox
            ref={field.ref}
            data-field="isvTested"
            checked={Boolean(field.value)}
            disabled={disabled}
            invalid={Boolean(error)}
            onChange={(e) => field.onChange(e.target.checked)}
            label="ISV testing was done on every compatible Kubernetes version"
            description="You ran the add-on's tests on an EKS cluster of each version listed above."
          />
        )}
      />
      {error ? <p className="text-status-error mt-2 text-sm font-bold">{error}</p> : null}
    </Container>
  );
}
