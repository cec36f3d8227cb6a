'use client';
import { CodeBlock, Container, ExpandableSection, Header, KeyValuePairs, Table } from '@/components/ui';
import { ISV_TESTED_RULE } from '@/lib/policy';
import { METHOD_LABELS, type WizardForm } from '@/lib/draft/form';
import { PushCommands } from '@/components/product/push-commands';
import { ReviewSection } from './review-section';
import type { WizardDefinition } from './steps';
import { optionSummary, versionDiff, type DiffRow } from '@/lib/draft/diff';
import { VERSION_FIELDS } from '@/lib/draft/fields/registry';

export interface ReviewStepProps {
  def: WizardDefinition;
  form: WizardForm;
  onEdit?: (step: number) => void;
  optionLabel: (id: string) => string;
  registryPrefix: string;
  requestJson: string;
  cliCommand: string;
  /** Manual rule ids the draft confirms. */
  attested: readonly string[];
}

const pre = (s: string) => <span className="break-words whitespace-pre-wrap">{s || '—'}</span>;

/** One section per step with an Edit link, the Update diff, then the exact request and CLI command. */
export function ReviewStep({
  def,
  form,
  onEdit,
  optionLabel,
  registryPrefix,
  requestJson,
  cliCommand,
  attested,
}: ReviewStepProps) {
  const diff = form.changeType === 'UpdateDeliveryOptions' ? versionDiff(form) : [];
  return (
    <div className="flex flex-col gap-5">
      {form.changeType === 'UpdateDeliveryOptions' ? <DiffTable rows={diff} /> : null}
      {def.steps.slice(0, -1).map((step, i) => (
        <ReviewSection
          key={step.id}
          title={`Step ${i + 1}: ${step.title}`}
          onEdit={onEdit ? () => onEdit(i) : undefined}
        >
          {step.id === 'repositories' ? (
            <KeyValuePairs
              columns={1}
              items={form.repositories.map((r, k) => ({
                label: `Repository ${k + 1}`,
                value: (
                  <div className="flex flex-col gap-1">
                    <code className="break-all">
                      {registryPrefix}/{r.name}
                    </code>
                    <PushCommands url={`${registryPrefix}/${r.name}`} />
                  </div>
                ),
              }))}
            />
          ) : null}
          {step.id === 'version' ? (
            <KeyValuePairs
              columns={2}
              items={[
                { label: VERSION_FIELDS.versionTitle.label, value: form.versionTitle || '—' },
                { label: VERSION_FIELDS.releaseNotes.label, value: pre(form.releaseNotes) },
              ]}
            />
          ) : null}
          {step.id === 'options' ? (
            <div className="flex flex-col gap-4">
              {form.options.map((o) => (
                <ExpandableSection
                  key={o.key}
                  header={`${o.title || 'Untitled option'} (${METHOD_LABELS[o.method]})`}
                  defaultExpanded={form.changeType === 'AddDeliveryOptions'}
                >
                  <KeyValuePairs
                    columns={2}
                    items={optionSummary(o).map((s) => ({ label: s.label, value: pre(s.value) }))}
                  />
                </ExpandableSection>
              ))}
            </div>
          ) : null}
          {step.id === 'choose' ? (
            <ul className="list-disc pl-5">
              {form.optionIds.length ? (
                form.optionIds.map((id) => <li key={id}>{optionLabel(id)}</li>)
              ) : (
                <li>None chosen</li>
              )}
            </ul>
          ) : null}
          {step.id === 'attest' ? (
            <p>
              {attested.includes(ISV_TESTED_RULE)
                ? 'ISV testing was done on every compatible Kubernetes version.'
                : 'Not attested yet.'}
            </p>
          ) : null}
        </ReviewSection>
      ))}
      <Container
        header={
          <Header variant="h2" description="Exactly what Wharf sends, for sellers who submit from CI.">
            StartChangeSet request
          </Header>
        }
      >
        <div className="flex flex-col gap-3">
          <ExpandableSection header="Request JSON" defaultExpanded={false}>
            <CodeBlock code={requestJson} language="json" copyLabel="Copy request JSON" />
          </ExpandableSection>
          <ExpandableSection header="AWS CLI command" defaultExpanded={false}>
            <CodeBlock code={cliCommand} language="bash" copyLabel="Copy CLI command" />
          </ExpandableSection>
        </div>
      </Container>
    </div>
  );
}

function DiffTable({ rows }: { rows: DiffRow[] }) {
  return (
    <Container
      header={
        <Header variant="h2" counter={`(${rows.length})`} description="Only these fields are sent.">
          Changes against the live version
        </Header>
      }
      disableContentPaddings
    >
      <Table
        caption="Changed fields"
        columns={[
          { id: 'where', header: 'Where', cell: (r: DiffRow) => r.where },
          { id: 'field', header: 'Field', cell: (r: DiffRow) => r.field, isRowHeader: true },
          {
            id: 'before',
            header: 'Live',
            cell: (r: DiffRow) => <del className="whitespace-pre-wrap text-red-800">{r.before}</del>,
          },
          {
            id: 'after',
            header: 'New',
            cell: (r: DiffRow) => (
              <ins className="whitespace-pre-wrap text-green-800 no-underline">{r.after}</ins>
            ),
          },
        ]}
        items={rows}
        getKey={(r) => `${r.where}/${r.field}`}
        empty="Nothing changed yet."
      />
    </Container>
  );
}
