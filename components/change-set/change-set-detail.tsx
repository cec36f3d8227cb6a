'use client';
import Link from 'next/link';
import { Alert, Container, CopyButton, Header, KeyValuePairs } from '@/components/ui';
import { useChangeSet } from '@/lib/query/use-change-set';
import { formatDuration, isOpen } from '@/lib/tracking/status';
import type { ChangeSetResponse } from '@/lib/tracking/types';
import { CancelChangeSetPanel, ResubmitButton } from './change-set-actions';
import { ChangeSetStatus } from './change-set-status';
import { ChangeList } from './change-list';
import { ChangeSetTimeline } from './timeline';
import { formatTime, TrackingMetaLine } from './tracking-meta';

export interface DetailPermissions {
  canCancel: boolean;
  canSubmit: boolean;
  canEditDrafts: boolean;
}

/** The change set page's live part: summary, timeline, explained failure, every change. */
export function ChangeSetDetail({ initial, can }: { initial: ChangeSetResponse; can: DetailPermissions }) {
  const query = useChangeSet(initial.item.id, initial);
  const data = query.data ?? initial;
  const cs = data.item;
  const errorCount = cs.changes?.reduce((n, c) => n + c.errors.length, 0) ?? 0;
  const isServerFault = cs.status === 'FAILED' && cs.failureCode === 'SERVER_FAULT';

  return (
    <div className="space-y-5">
      <TrackingMetaLine
        meta={data.tracking}
        isLive={!cs.isFinal}
        isFetching={query.isFetching}
        error={query.isError ? query.error : null}
      />
      {can.canCancel ? (
        <CancelChangeSetPanel changeSetId={cs.id} name={cs.name || cs.id} status={cs.status} />
      ) : null}
      {cs.status === 'FAILED' && !isServerFault ? (
        <Alert type="error" header={`Failed with ${errorCount || 'no'} error${errorCount === 1 ? '' : 's'}`}>
          {cs.failureDescription ?? 'AWS Marketplace rejected this change set.'} Each error below says what it
          means, which field it concerns, and links to that field in the draft.
        </Alert>
      ) : null}
      {isServerFault ? (
        <Alert
          type="warning"
          header="AWS Marketplace failed on its side (SERVER_FAULT)"
          action={
            can.canSubmit && cs.canResubmit && !cs.resubmittedAs ? (
              <ResubmitButton changeSetId={cs.id} />
            ) : undefined
          }
        >
          {cs.resubmittedAs ? (
            <>
              Resubmitted as{' '}
              <Link href={`/change-sets/${encodeURIComponent(cs.resubmittedAs)}`}>{cs.resubmittedAs}</Link>.
              The same content can be submitted again only once per failed change set.
            </>
          ) : (
            'Nothing was wrong with the request. Submitting the same content again usually works.'
          )}
          {!can.canSubmit && !cs.resubmittedAs
            ? ' Only sellers can submit change sets; ask one to submit it again.'
            : ''}
          {can.canSubmit && !cs.canResubmit && !cs.resubmittedAs
            ? ' The console did not keep this request, so it cannot be submitted again from here.'
            : ''}
        </Alert>
      ) : null}
      <Container header={<Header variant="h2">Summary</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            {
              label: 'Status',
              value: (
                <span data-testid="live-status">
                  <ChangeSetStatus status={cs.status} />
                </span>
              ),
            },
            {
              label: 'Change set ID',
              value: (
                <span className="inline-flex items-center gap-1 font-mono text-sm break-all">
                  {cs.id}
                  <CopyButton text={cs.id} label="Copy change set ID" />
                </span>
              ),
            },
            {
              label: 'Product',
              value: cs.productTitle
                ? `${cs.productTitle} (${cs.entityIds.join(', ')})`
                : cs.entityIds.join(', ') || '—',
            },
            { label: 'Change types', value: cs.changeTypes.join(', ') || '—' },
            { label: 'Submitted by', value: cs.submitter ? cs.submitter.name : 'Outside the console' },
            {
              label: 'Draft',
              value: cs.draftId ? <Link href={`/drafts/${cs.draftId}`}>Open the draft</Link> : 'None',
            },
            { label: 'Started', value: formatTime(cs.startTime) },
            { label: 'Ended', value: formatTime(cs.endTime) },
            {
              label: 'Duration',
              value: formatDuration(cs.startTime, cs.endTime) ?? (isOpen(cs.status) ? 'In progress' : '—'),
            },
            ...(cs.failureCode
              ? [{ label: 'Failure code', value: <span className="font-mono">{cs.failureCode}</span> }]
              : []),
            ...(cs.intent ? [{ label: 'Intent', value: cs.intent }] : []),
            { label: 'ARN', value: <span className="font-mono text-xs break-all">{cs.arn || '—'}</span> },
          ]}
        />
      </Container>
      <Container
        header={
          <Header
            variant="h2"
            description="Times in Applying start when the console first saw that status; AWS reports only start and end."
          >
            Timeline
          </Header>
        }
      >
        <ChangeSetTimeline cs={cs} />
      </Container>
      <section aria-labelledby="changes-heading" className="space-y-3">
        <h2 id="changes-heading" className="text-lg font-bold">
          Changes{' '}
          {cs.changes ? <span className="font-normal text-slate-500">({cs.changes.length})</span> : null}
        </h2>
        {cs.changes ? (
          <ChangeList changes={cs.changes} canEditDrafts={can.canEditDrafts} />
        ) : (
          <p className="text-sm text-slate-600">Loading the changes from AWS Marketplace…</p>
        )}
      </section>
    </div>
  );
}
