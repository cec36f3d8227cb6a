/**
 * The one map from Catalog API change-set states to status-indicator types. Pure and client-safe:
 * the list, the detail page, the timeline and the exports all read it.
 */
export const CHANGE_SET_STATUSES = ['PREPARING', 'APPLYING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type TrackedStatus = (typeof CHANGE_SET_STATUSES)[number];

export type StatusKind =
  'error' | 'warning' | 'success' | 'info' | 'stopped' | 'pending' | 'in-progress' | 'loading';

export const STATUS_VIEW: Record<TrackedStatus, { type: StatusKind; label: string }> = {
  PREPARING: { type: 'pending', label: 'Preparing' },
  APPLYING: { type: 'in-progress', label: 'Applying' },
  SUCCEEDED: { type: 'success', label: 'Succeeded' },
  FAILED: { type: 'error', label: 'Failed' },
  CANCELLED: { type: 'stopped', label: 'Cancelled' },
};

/** Unknown states (a future AWS status) show as info with their raw name rather than breaking the page. */
export function statusView(status: string): { type: StatusKind; label: string } {
  return STATUS_VIEW[status as TrackedStatus] ?? { type: 'info', label: status || 'Unknown' };
}

export const TERMINAL_STATUSES: readonly TrackedStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
export const OPEN_STATUSES: readonly TrackedStatus[] = ['PREPARING', 'APPLYING'];

export function isTerminal(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

export function isOpen(status: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

export function isTrackedStatus(value: string): value is TrackedStatus {
  return (CHANGE_SET_STATUSES as readonly string[]).includes(value);
}

/** "4 min 12 s", "1 h 3 min", "850 ms"; undefined when either end is missing. */
export function formatDuration(from?: string | Date | null, to?: string | Date | null): string | undefined {
  if (!from || !to) return undefined;
  const ms = new Date(to).getTime() - new Date(from).getTime();
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}
