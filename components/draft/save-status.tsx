'use client';
import { StatusIndicator } from '@/components/ui';
import type { SaveState } from '@/lib/query/use-draft-autosave';

/** The autosave state, always as icon plus text. */
export function SaveStatus({
  state,
  savedAt,
  message,
}: {
  state: SaveState;
  savedAt?: string;
  message?: string;
}) {
  const time = savedAt
    ? new Date(savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    : '';
  return (
    <div role="status" aria-live="polite" className="text-sm" data-testid="save-status">
      {state === 'saving' ? <StatusIndicator type="loading">Saving…</StatusIndicator> : null}
      {state === 'dirty' ? <StatusIndicator type="pending">Unsaved changes</StatusIndicator> : null}
      {state === 'saved' || state === 'idle' ? (
        <StatusIndicator type="success">{time ? `Saved at ${time}` : 'Saved'}</StatusIndicator>
      ) : null}
      {state === 'conflict' ? (
        <StatusIndicator type="warning">Not saved: changed elsewhere</StatusIndicator>
      ) : null}
      {state === 'error' ? <StatusIndicator type="error">{message ?? 'Not saved'}</StatusIndicator> : null}
      {state === 'readonly' ? <StatusIndicator type="info">Read only</StatusIndicator> : null}
    </div>
  );
}
