import { CheckCircleIcon, ClockIcon, cn, SpinnerIcon, StoppedIcon, XCircleIcon } from '@/components/ui';
import { buildTimeline, type TimelineStep } from '@/lib/tracking/timeline';
import type { ChangeSetView } from '@/lib/tracking/types';
import { formatTime } from './tracking-meta';

function StepIcon({ step, status }: { step: TimelineStep; status: string }) {
  const cls = 'h-5 w-5 shrink-0';
  if (step.state === 'current')
    return <SpinnerIcon className={cn(cls, 'text-status-info animate-spin')} aria-hidden />;
  if (step.state === 'upcoming' || step.state === 'unobserved')
    return <ClockIcon className={cn(cls, 'text-slate-400')} aria-hidden />;
  if (step.state === 'skipped') return <StoppedIcon className={cn(cls, 'text-slate-400')} aria-hidden />;
  if (step.key === 'END' && status === 'FAILED')
    return <XCircleIcon className={cn(cls, 'text-status-error')} aria-hidden />;
  if (step.key === 'END' && status === 'CANCELLED')
    return <StoppedIcon className={cn(cls, 'text-status-neutral')} aria-hidden />;
  return <CheckCircleIcon className={cn(cls, 'text-status-success')} aria-hidden />;
}

const STATE_TEXT: Record<TimelineStep['state'], string> = {
  done: 'Done',
  current: 'In progress',
  upcoming: 'Not started',
  skipped: 'Skipped',
  unobserved: 'Not observed',
};

/** PREPARING → APPLYING → end state with the time spent in each. */
export function ChangeSetTimeline({
  cs,
}: {
  cs: Pick<ChangeSetView, 'status' | 'startTime' | 'endTime' | 'events'>;
}) {
  const steps = buildTimeline(cs);
  return (
    <ol className="grid gap-4 sm:grid-cols-3" aria-label="Timeline">
      {steps.map((step, i) => (
        <li
          key={step.key}
          className={cn(
            'relative rounded-lg border p-3',
            step.state === 'current' ? 'border-status-info bg-blue-50' : 'border-slate-200',
          )}
        >
          <div className="flex items-center gap-2">
            <StepIcon step={step} status={cs.status} />
            <span className="font-bold">
              {i + 1}. {step.label}
            </span>
            <span className="sr-only">({STATE_TEXT[step.state]})</span>
          </div>
          <dl className="mt-2 space-y-0.5 text-sm text-slate-600">
            {step.startedAt ? (
              <div>
                <dt className="inline">{step.key === 'END' ? 'At ' : 'Started '}</dt>
                <dd className="inline">{formatTime(step.startedAt)}</dd>
              </div>
            ) : null}
            {step.duration ? (
              <div>
                <dt className="sr-only">Time spent</dt>
                <dd className="font-semibold text-slate-800">{step.duration}</dd>
              </div>
            ) : null}
            {step.note || (!step.startedAt && !step.duration) ? (
              <dd className="italic">{step.note ?? STATE_TEXT[step.state]}</dd>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
