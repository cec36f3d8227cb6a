'use client';
import { useEffect, useState } from 'react';
import { Alert, Spinner } from '@/components/ui';
import { formatTime } from '@/components/ui/format-time';
import { StaleNotice } from '@/components/ui/stale-notice';
import type { TrackingMeta } from '@/lib/tracking/types';

export { formatTime };

/** Compact for tables: "21 Nov 2026, 22:16". */
export function formatShortTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
}

function ago(iso: string, now: number): string {
  const s = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (s < 5) return 'just now';
  if (s < 60) return `${s} s ago`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min ago` : formatTime(iso);
}

/** "Last updated …", whether it refreshes by itself, and — when the Catalog API pushes back — that it is retrying. */
export function TrackingMetaLine({
  meta,
  isLive,
  isFetching,
  error,
}: {
  meta?: TrackingMeta;
  isLive: boolean;
  isFetching: boolean;
  error?: Error | null;
}) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(t);
  }, []);
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600" aria-live="polite">
        <span>
          Last updated{' '}
          {meta?.lastUpdated ? (
            <time dateTime={meta.lastUpdated} title={formatTime(meta.lastUpdated)}>
              {ago(meta.lastUpdated, now)}
            </time>
          ) : (
            'not yet'
          )}
        </span>
        {isLive ? <span>· Refreshes automatically while change sets are in progress</span> : null}
        {isFetching ? (
          <span className="inline-flex items-center gap-1">
            <Spinner size="sm" /> Refreshing
          </span>
        ) : null}
      </p>
      {meta?.retrying && meta.reason ? (
        <StaleNotice
          header="Retrying"
          reason={meta.reason}
          seenAt={meta.lastUpdated}
          retryAt={meta.retryAt}
        />
      ) : meta?.retrying ? (
        <Alert type="warning" header="Retrying">
          {meta.message ?? 'AWS Marketplace is limiting requests.'} The last known data stays on screen
          {meta.retryAt ? `; the console tries again after ${formatTime(meta.retryAt)}` : ''}.
        </Alert>
      ) : null}
      {error ? (
        <Alert type="warning" header="Could not refresh">
          {error.message} The data below is the last the console received; it keeps trying.
        </Alert>
      ) : null}
    </div>
  );
}
