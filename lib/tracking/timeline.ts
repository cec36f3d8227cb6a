import { formatDuration, isTerminal, statusView } from './status';

export interface TimelineStep {
  key: 'PREPARING' | 'APPLYING' | 'END';
  label: string;
  state: 'done' | 'current' | 'upcoming' | 'skipped' | 'unobserved';
  startedAt?: string;
  endedAt?: string;
  /** Time spent in the step ("so far" while current). */
  duration?: string;
  note?: string;
}

interface TimelineInput {
  status: string;
  startTime: string | null;
  endTime: string | null;
  events: { status: string; observedAt: string }[];
}

/**
 * PREPARING → APPLYING → end state, with the time in each, from what the console observed. AWS
 * reports only StartTime and EndTime; when APPLYING began is the first time the console saw it.
 */
export function buildTimeline(cs: TimelineInput, now = new Date()): TimelineStep[] {
  const seen = (s: string) => cs.events.find((e) => e.status === s)?.observedAt;
  const start = cs.startTime ?? seen('PREPARING');
  const applying = seen('APPLYING');
  const ended = isTerminal(cs.status);
  const end = ended ? (cs.endTime ?? seen(cs.status)) : undefined;
  const nowIso = now.toISOString();
  const preparing: TimelineStep = {
    key: 'PREPARING',
    label: 'Preparing',
    state: cs.status === 'PREPARING' ? 'current' : 'done',
    startedAt: start ?? undefined,
  };
  const apply: TimelineStep = { key: 'APPLYING', label: 'Applying', state: 'upcoming' };
  if (cs.status === 'PREPARING') {
    preparing.duration = withSoFar(formatDuration(start, nowIso));
  } else if (applying) {
    preparing.endedAt = applying;
    preparing.duration = formatDuration(start, applying);
    Object.assign(apply, { state: cs.status === 'APPLYING' ? 'current' : 'done', startedAt: applying });
    apply.endedAt = end;
    apply.duration =
      cs.status === 'APPLYING' ? withSoFar(formatDuration(applying, nowIso)) : formatDuration(applying, end);
  } else if (cs.status === 'SUCCEEDED') {
    // It must have applied, but the console was not watching when it did.
    preparing.note = 'Ended before the console observed Applying';
    Object.assign(apply, { state: 'unobserved', endedAt: end, note: 'Not observed by the console' });
  } else if (ended) {
    preparing.endedAt = end;
    preparing.duration = formatDuration(start, end);
    Object.assign(apply, {
      state: 'skipped',
      note: cs.status === 'CANCELLED' ? 'Cancelled before applying' : 'Did not start',
    });
  }
  const last: TimelineStep = ended
    ? {
        key: 'END',
        label: statusView(cs.status).label,
        state: 'done',
        startedAt: end ?? undefined,
        duration: formatDuration(start, end) ? `Total ${formatDuration(start, end)}` : undefined,
      }
    : { key: 'END', label: 'Succeeded, failed or cancelled', state: 'upcoming' };
  return [preparing, apply, last];
}

function withSoFar(d: string | undefined): string | undefined {
  return d ? `${d} so far` : undefined;
}
