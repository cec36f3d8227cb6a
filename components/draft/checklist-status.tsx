import { StatusIndicator } from '@/components/ui';
import { plural } from '@/lib/plural';

export interface ChecklistCountsView {
  passed?: number;
  failed?: number;
  warnings?: number;
  manual?: number;
  blocking?: boolean;
}

/** One-line checklist status of a draft, from the counts stored at its last save. */
export function ChecklistStatus({ counts }: { counts: ChecklistCountsView }) {
  if (counts.passed === undefined) return <StatusIndicator type="pending">Not checked yet</StatusIndicator>;
  if (counts.failed)
    return (
      <StatusIndicator type="error">{`${counts.failed} failing${counts.manual ? `, ${counts.manual} to attest` : ''}`}</StatusIndicator>
    );
  if (counts.manual) return <StatusIndicator type="warning">{`${counts.manual} to attest`}</StatusIndicator>;
  if (counts.blocking) return <StatusIndicator type="error">Blocked</StatusIndicator>;
  return (
    <StatusIndicator type="success">
      {counts.warnings ? `Ready (${plural(counts.warnings, 'warning')})` : 'Ready to submit'}
    </StatusIndicator>
  );
}

export const CHANGE_TYPE_LABELS: Record<string, string> = {
  AddRepositories: 'Add repositories',
  AddDeliveryOptions: 'Add version',
  UpdateDeliveryOptions: 'Update version',
  RestrictDeliveryOptions: 'Restrict version',
  UpdateDeliveryOptionsVisibility: 'Release EKS add-on',
};
