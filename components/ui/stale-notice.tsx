import type { StaleReason } from '@/lib/tracking/types';
import { Alert } from './alert';
import { formatTime } from './format-time';

const WHY: Record<StaleReason, string> = {
  timeout: 'The Catalog API did not answer in time',
  throttled: 'The Catalog API is busy (AWS Marketplace is throttling requests)',
  unavailable: 'The Catalog API cannot be reached',
};

/** Shown above data the console remembered because the Catalog API was slow, busy or away. */
export function StaleNotice({
  reason,
  seenAt,
  retryAt,
  header = 'Showing the last known data',
  className,
}: {
  reason: StaleReason;
  seenAt: string | null;
  retryAt?: string;
  header?: string;
  className?: string;
}) {
  return (
    <Alert type="warning" header={header} className={className}>
      {WHY[reason]}; showing what Wharf last saw
      {seenAt ? (
        <>
          {' '}
          at <time dateTime={seenAt}>{formatTime(seenAt)}</time>
        </>
      ) : null}
      .{retryAt ? ` It tries again after ${formatTime(retryAt)}.` : ''}
    </Alert>
  );
}
