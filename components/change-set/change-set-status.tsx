import { StatusIndicator } from '@/components/ui';
import { statusView } from '@/lib/tracking/status';

/** A change set's status: icon plus text, from the one status map. */
export function ChangeSetStatus({ status }: { status: string }) {
  const v = statusView(status);
  return <StatusIndicator type={v.type}>{v.label}</StatusIndicator>;
}
