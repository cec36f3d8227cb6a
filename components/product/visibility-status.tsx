import { StatusIndicator, type StatusType } from '@/components/ui';

const MAP: Record<string, StatusType> = {
  Public: 'success',
  Limited: 'info',
  Draft: 'pending',
  Restricted: 'stopped',
};

/** Product or delivery option visibility, as icon plus text. */
export function VisibilityStatus({ visibility }: { visibility: string }) {
  return <StatusIndicator type={MAP[visibility] ?? 'info'}>{visibility || 'Unknown'}</StatusIndicator>;
}
