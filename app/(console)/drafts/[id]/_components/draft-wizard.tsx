'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useLeaveGuard } from '@/components/draft/use-leave-guard';
import { WizardFieldContext } from '@/components/form/wizard-field-context';
import { ReviewStep } from '@/components/wizard/review-step';
import { WIZARDS } from '@/components/wizard/steps';
import { ChecklistPanel, ChecklistSummaryBar } from '@/components/checklist';
import { chartFieldOf } from '@/lib/draft/charts';
import { useDraftCharts } from '@/components/chart/use-draft-charts';
import { WizardNav } from '@/components/wizard/wizard-nav';
import { fieldForPolicyPath } from '@/lib/draft/builders';
import { useDraftAutosave } from '@/lib/query/use-draft-autosave';
import { wizardFormSchema, type WizardForm } from '@/lib/draft/form';
import { approvalBlock } from '@/lib/reviews/approval-policy';
import { atRevision } from '@/lib/reviews/state';
import type { DraftWizardProps } from './draft-types';
import { DraftStatus } from './draft-status';
import { StepBody } from './step-body';
import { StepButtons } from './step-buttons';
import { SubmitBar } from './submit-bar';
import { restrictConfirm } from './restrict-confirm';
import { useAttestations } from './use-attestations';
import { useAwsFieldErrors } from './use-aws-field-errors';
import { useFieldFocus } from './use-field-focus';
import { useLiveChecklist } from './use-live-checklist';
import { useReveal } from './use-reveal';
import { useWizardFrame } from './wizard-frame';
import { useWizardSteps } from './use-wizard-steps';

/** The draft wizard: the form, its steps, the live checklist beside it, autosave and submit. */
export function DraftWizard(p: DraftWizardProps) {
  const def = WIZARDS[p.draft.changeType];
  const isEditable = p.user.canEdit && p.draft.status === 'open';
  const methods = useForm<WizardForm>({
    defaultValues: p.form,
    resolver: zodResolver(wizardFormSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const values = { ...p.form, ...(useWatch({ control: methods.control }) as WizardForm) };
  const attest = useAttestations(p.draft.attestations, p.user.name);
  const product = useMemo(
    () => ({ id: p.product.id, title: p.product.title }),
    [p.product.id, p.product.title],
  );
  const charts = useDraftCharts(p.draft.id, p.draft.charts);
  const frame = useWizardFrame(values, p.product.versions);
  const live = useLiveChecklist(values, product, p.snapshot, attest.attestations, charts, frame.optionLabel);
  const save = useDraftAutosave({
    draftId: p.draft.id,
    revision: p.draft.revision,
    savedAt: p.draft.updatedAt,
    enabled: isEditable,
    payload: { form: values, attested: attest.attested },
    onRefused: (ids) => ids.forEach((id) => attest.onAttest(id, false)),
  });
  useLeaveGuard(isEditable && save.isDirty);

  const steps = useWizardSteps(def, { isEditable, findings: live.findings, initialStep: p.initialStep });
  const { current, last, furthest, step, goTo, headingRef } = steps;
  // A "Fix in draft" link names the field by its policy path and the AWS error code to show there.
  const deepLink = p.focus ? fieldForPolicyPath(p.focus, live.optionIndex) : undefined;
  const { focusField, showAll } = useFieldFocus(def, steps, deepLink);
  const reveal = useReveal({
    control: methods.control,
    values,
    optionIndex: live.optionIndex,
    stepId: step.id,
    showAll,
    isEditable,
  });
  const awsErrors = useAwsFieldErrors(deepLink, p.awsError, p.awsErrorAdvice, values);

  // A chart finding goes to its option's chart preflight (field "options.<i>.chart"), not the option title.
  const onFocusPath = useCallback(
    (path: string) => focusField(chartFieldOf(path, fieldForPolicyPath(path, live.optionIndex))),
    [focusField, live.optionIndex],
  );
  const next = () => {
    if (steps.firstFindingOnStep && isEditable) return focusField(steps.firstFindingOnStep);
    goTo(current + 1);
  };

  const fieldInfo = useMemo(
    () => ({
      findings: live.findings,
      imageFindings: live.imageFindings,
      awsErrors,
      saveErrors: save.tooLarge,
      locked: frame.locked,
      showAll: reveal.revealAll,
      readOnly: !isEditable,
    }),
    [live.findings, live.imageFindings, awsErrors, save.tooLarge, frame.locked, reveal.revealAll, isEditable],
  );
  const review = atRevision(p.review.state, save.revision);
  const blockingCount =
    live.evaluation.findings.filter((f) => f.severity === 'error').length + live.evaluation.counts.manual;

  return (
    <FormProvider {...methods}>
      <WizardFieldContext.Provider value={fieldInfo}>
        <DraftStatus
          draftId={p.draft.id}
          save={save}
          isEditable={isEditable}
          isOpen={p.draft.status === 'open'}
          review={review}
        />
        <div className="flex flex-col gap-6 lg:flex-row">
          <WizardNav steps={def.steps} current={current} furthest={furthest} onGo={goTo} />
          <form
            className="min-w-0 flex-1"
            onSubmit={(e) => e.preventDefault()}
            noValidate
            aria-label={def.title}
          >
            <h2 ref={headingRef} tabIndex={-1} className="mb-1 text-xl font-bold outline-none">
              {step.title}
            </h2>
            <p className="mb-4 text-sm text-slate-600">{step.description}</p>
            {step.id === 'review' ? (
              <ReviewStep
                def={def}
                form={values}
                onEdit={isEditable ? goTo : undefined}
                optionLabel={frame.optionLabel}
                registryPrefix={p.product.registryPrefix}
                requestJson={live.requestJson}
                cliCommand={live.cliCommand}
                attested={attest.attested}
              />
            ) : (
              <StepBody
                changeType={p.draft.changeType}
                stepId={step.id}
                productId={p.product.id}
                registryPrefix={p.product.registryPrefix}
                repositoryUrls={p.product.repositoryUrls}
                templates={p.product.templates}
                choices={frame.choices}
                kubernetesVersions={frame.kubernetesVersions}
                attested={attest.attested}
                onAttest={isEditable ? attest.onAttest : undefined}
                liveVersionTitle={frame.liveVersionTitle}
                visibilityOf={frame.visibilityOf}
              />
            )}
            <div className="mt-6 flex flex-col gap-3 border-t border-slate-200 pt-4">
              {current === last ? (
                <SubmitBar
                  draftId={p.draft.id}
                  revision={save.revision}
                  label={def.actionLabel}
                  canSubmit={p.user.canSubmit}
                  isBlocking={live.counts.blocking}
                  blockingCount={blockingCount}
                  isSaving={save.state === 'saving' || save.state === 'dirty'}
                  submittedChangeSetId={p.submittedChangeSetId}
                  approval={approvalBlock(p.review.policy, p.draft.changeType, review)}
                  confirm={
                    p.draft.changeType === 'RestrictDeliveryOptions'
                      ? restrictConfirm(p.product.versions, values.optionIds)
                      : undefined
                  }
                  onBlocked={() => {
                    const f = Object.keys(live.findings)[0];
                    if (f && isEditable) focusField(f);
                  }}
                />
              ) : null}
              <StepButtons current={current} last={last} onGo={goTo} onNext={next} />
            </div>
          </form>
          <div className="w-full lg:sticky lg:top-16 lg:max-h-[calc(100vh-5rem)] lg:w-[22rem] lg:shrink-0 lg:self-start lg:overflow-y-auto">
            <ChecklistPanel
              id="checklist-panel"
              evaluation={live.evaluation}
              isPending={reveal.isPending}
              optionOf={live.optionOf}
              onFocusField={onFocusPath}
              onAttest={isEditable ? attest.onAttest : undefined}
              attestations={attest.attestedBy}
              readOnly={!isEditable}
            />
          </div>
        </div>
        <ChecklistSummaryBar
          evaluation={live.evaluation}
          isPending={reveal.isPending}
          targetId="checklist-panel"
        />
      </WizardFieldContext.Provider>
    </FormProvider>
  );
}
