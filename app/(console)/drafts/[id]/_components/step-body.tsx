'use client';
import { memo } from 'react';
import { Alert } from '@/components/ui';
import { AttestStep } from '@/components/wizard/steps/attest-step';
import { ChooseOptionsStep, type OptionChoice } from '@/components/wizard/steps/choose-options-step';
import { OptionsStep, type OptionTemplate } from '@/components/wizard/steps/options-step';
import { RepositoriesStep } from '@/components/wizard/steps/repositories-step';
import { VersionStep } from '@/components/wizard/steps/version-step';
import type { WizardChangeType } from '@/lib/draft/form';

export interface StepBodyProps {
  changeType: WizardChangeType;
  stepId: string;
  productId: string;
  registryPrefix: string;
  repositoryUrls: string[];
  templates: OptionTemplate[];
  choices: OptionChoice[];
  kubernetesVersions: string[];
  liveVersionTitle?: string;
  visibilityOf: (id?: string) => string | undefined;
  /** Manual rule ids the draft confirms, and how to (un)confirm one (absent when read-only). */
  attested: readonly string[];
  onAttest?: (ruleId: string, checked: boolean) => void;
}

/** The editable body of one step. Memoised: it re-renders on its own props, not on every keystroke above it. */
export const StepBody = memo(function StepBody(p: StepBodyProps) {
  switch (p.stepId) {
    case 'repositories':
      return <RepositoriesStep registryPrefix={p.registryPrefix} existing={p.repositoryUrls} limit={50} />;
    case 'version':
      return <VersionStep liveTitle={p.liveVersionTitle} />;
    case 'options':
      return (
        <OptionsStep
          productId={p.productId}
          repositoryUrls={p.repositoryUrls}
          templates={p.templates}
          canAdd={p.changeType === 'AddDeliveryOptions'}
          visibilityOf={p.visibilityOf}
        />
      );
    case 'choose':
      return p.changeType === 'RestrictDeliveryOptions' ? (
        <ChooseOptionsStep
          title="Delivery options to restrict"
          choices={p.choices}
          notice={
            <Alert
              type="info"
              header="Amazon EKS add-on options cannot be restricted through the Catalog API"
            >
              To withdraw an add-on, open a support case with AWS Marketplace Seller Operations naming the
              add-on and version, and edit the old version’s description to point buyers to the new one. At
              least one public delivery option must remain.
            </Alert>
          }
        />
      ) : (
        <ChooseOptionsStep title="Limited add-on options to release" choices={p.choices} />
      );
    case 'attest':
      return (
        <AttestStep kubernetesVersions={p.kubernetesVersions} attested={p.attested} onAttest={p.onAttest} />
      );
    default:
      return null;
  }
});
