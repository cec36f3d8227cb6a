'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { Alert, Button, ButtonLink } from '@/components/ui';
import { ConflictAlert } from '@/components/draft/conflict-alert';
import { SaveStatus } from '@/components/draft/save-status';
import { useLeaveGuard } from '@/components/draft/use-leave-guard';
import { WizardFieldContext } from '@/components/form/wizard-field-context';
import { ReviewStep } from '@/components/wizard/review-step';
import { stepIndexOf, stepOfField, WIZARDS } from '@/components/wizard/steps';
import { ChecklistPanel } from '@/components/checklist';
import { chartFieldOf } from '@/lib/draft/charts';
import { useDraftCharts } from '@/components/chart/use-draft-charts';
import { WizardNav } from '@/components/wizard/wizard-nav';
import { fieldForPolicyPath } from '@/lib/catalog/builders';
import { useDraftAutosave } from '@/lib/query/use-draft-autosave';
import { wizardFormSchema, type WizardForm } from '@/lib/schemas/wizard-form';
import type { DraftWizardProps } from './draft-types';
import { StepBody } from './step-body';
import { SubmitBar } from './submit-bar';
import { useAttestations } from './use-attestations';
import { useLiveChecklist } from './use-live-checklist';
import { useWizardFrame } from './wizard-frame';

export function DraftWizard(p: DraftWizardProps) {
  const def = WIZARDS[p.draft.changeType];
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const isEditable = p.user.canEdit && p.draft.status === 'open';
  const methods = useForm<WizardForm>({
    defaultValues: p.form,
    resolver: zodResolver(wizardFormSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const values = { ...p.form, ...(useWatch({ control: methods.control }) as WizardForm) };
  const { attestations, attested, attestedBy, onAttest } = useAttestations(p.draft.attestations, p.user.name);
  const [showAll, setShowAll] = useState(false);
  const product = useMemo(
    () => ({ id: p.product.id, title: p.product.title }),
    [p.product.id, p.product.title],
  );
  const charts = useDraftCharts(p.draft.id, p.draft.charts);
  const live = useLiveChecklist(values, product, p.snapshot, attestations, charts);
  const frame = useWizardFrame(values, p.product.versions);
  const save = useDraftAutosave({
    draftId: p.draft.id,
    revision: p.draft.revision,
    savedAt: p.draft.updatedAt,
    enabled: isEditable,
    payload: { form: values, attested },
  });
  useLeaveGuard(isEditable && save.isDirty);

  const last = def.steps.length - 1;
  const firstInvalid = def.steps.findIndex((s) =>
    Object.keys(live.findings).some((f) => s.fields.some((x) => f === x || f.startsWith(`${x}.`))),
  );
  const furthest = !isEditable || firstInvalid < 0 ? last : firstInvalid;
  const requested = params.get('step')
    ? stepIndexOf(def, params.get('step'))
    : p.initialStep
      ? stepIndexOf(def, p.initialStep)
      : isEditable
        ? 0
        : last;
  const [override, setOverride] = useState<number>();
  const current = override ?? Math.min(requested, furthest);
  const step = def.steps[current]!;

  const goTo = useCallback(
    (i: number) => {
      setOverride(i);
      router.replace(`${pathname}?step=${def.steps[i]!.id}`, { scroll: false });
      window.scrollTo({ top: 0 });
    },
    [def.steps, pathname, router],
  );

  const focusField = useCallback(
    (field: string | undefined) => {
      if (!field) return;
      setShowAll(true);
      const target = stepOfField(def, field);
      if (target !== current) goTo(target);
      setTimeout(
        () => {
          const el =
            document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`) ??
            document.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
          el?.scrollIntoView({ block: 'center' });
          el?.focus();
        },
        target !== current ? 120 : 0,
      );
    },
    [def, goTo, current],
  );

  // A "Fix in draft" link names the field by its policy path and the AWS error code to show there.
  const [awsErrors] = useState<Record<string, string>>(() => {
    const field = p.focus ? fieldForPolicyPath(p.focus, live.optionIndex) : undefined;
    return field && p.awsError
      ? { [field]: `AWS reported ${p.awsError}${p.awsErrorAdvice ? `: ${p.awsErrorAdvice}` : ''}` }
      : {};
  });

  // A chart finding goes to its option's chart preflight (field "options.<i>.chart"), not the option title.
  const onFocusPath = useCallback(
    (path: string) => focusField(chartFieldOf(path, fieldForPolicyPath(path, live.optionIndex))),
    [focusField, live.optionIndex],
  );

  const deepLinked = useRef(false);
  useEffect(() => {
    if (deepLinked.current || !p.focus) return;
    deepLinked.current = true;
    focusField(fieldForPolicyPath(p.focus, live.optionIndex));
  }, [p.focus, live.optionIndex, focusField]);

  const next = () => {
    const bad = Object.keys(live.findings).find((f) =>
      step.fields.some((x) => f === x || f.startsWith(`${x}.`)),
    );
    if (bad && isEditable) return focusField(bad);
    goTo(current + 1);
  };

  const fieldInfo = useMemo(
    () => ({ findings: live.findings, awsErrors, locked: frame.locked, showAll, readOnly: !isEditable }),
    [live.findings, awsErrors, frame.locked, showAll, isEditable],
  );
  const blockingCount =
    live.evaluation.findings.filter((f) => f.severity === 'error').length + live.evaluation.counts.manual;

  return (
    <FormProvider {...methods}>
      <WizardFieldContext.Provider value={fieldInfo}>
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <SaveStatus
            state={isEditable ? save.state : 'readonly'}
            savedAt={save.savedAt}
            message={save.message}
          />
          <span className="text-xs text-slate-500">Revision {save.revision}</span>
        </div>
        {save.state === 'conflict' ? (
          <div className="mb-4">
            <ConflictAlert
              message={save.message}
              canKeep={p.draft.status === 'open'}
              onReload={() => window.location.reload()}
              onKeepMine={() => void save.keepMine()}
            />
          </div>
        ) : null}
        {p.review ? (
          <div className="mb-4">
            <Alert
              type={p.review.verdict === 'approved' ? 'success' : 'warning'}
              header={
                p.review.verdict === 'approved'
                  ? `Approved by ${p.review.reviewerName} (revision ${p.review.revision})`
                  : `Changes requested by ${p.review.reviewerName} (revision ${p.review.revision})`
              }
            >
              {p.review.comment || 'No comment.'}
            </Alert>
          </div>
        ) : null}
        <div className="flex flex-col gap-6 lg:flex-row">
          <WizardNav steps={def.steps} current={current} furthest={furthest} onGo={goTo} />
          <form
            className="min-w-0 flex-1"
            onSubmit={(e) => e.preventDefault()}
            noValidate
            aria-label={def.title}
          >
            <h2 className="mb-1 text-xl font-bold">{step.title}</h2>
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
                attested={attested}
              />
            ) : (
              <StepBody
                changeType={p.draft.changeType}
                stepId={step.id}
                productId={p.product.id}
                registryPrefix={p.product.registryPrefix}
                repositoryUrls={p.product.repositoryUrls}
                templates={frame.templates}
                choices={frame.choices}
                kubernetesVersions={frame.kubernetesVersions}
                attested={attested}
                onAttest={isEditable ? onAttest : undefined}
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
                  onBlocked={() => {
                    const f = Object.keys(live.findings)[0];
                    if (f && isEditable) focusField(f);
                  }}
                />
              ) : null}
              <div className="flex flex-wrap justify-end gap-2">
                <ButtonLink href="/drafts" variant="link">
                  Cancel
                </ButtonLink>
                {/* Keep focus in the field on mousedown: its blur would show an error, move these buttons and swallow the click. */}
                {current > 0 ? (
                  <Button
                    variant="normal"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => goTo(current - 1)}
                  >
                    Previous
                  </Button>
                ) : null}
                {current < last ? (
                  <Button variant="primary" onMouseDown={(e) => e.preventDefault()} onClick={next}>
                    Next
                  </Button>
                ) : null}
              </div>
            </div>
          </form>
          <div className="w-full lg:sticky lg:top-16 lg:max-h-[calc(100vh-5rem)] lg:w-[22rem] lg:shrink-0 lg:self-start lg:overflow-y-auto">
            <ChecklistPanel
              evaluation={live.evaluation}
              onFocusField={onFocusPath}
              onAttest={isEditable ? onAttest : undefined}
              attestations={attestedBy}
              readOnly={!isEditable}
            />
          </div>
        </div>
      </WizardFieldContext.Provider>
    </FormProvider>
  );
}
