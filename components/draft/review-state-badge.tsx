import { StatusIndicator, type StatusType } from '@/components/ui';
import { reviewStateLabel, type ReviewState, type ReviewStateKind } from '@/lib/reviews/state';

const TYPES: Record<ReviewStateKind, StatusType> = {
  'not-requested': 'stopped',
  'in-review': 'pending',
  'changes-requested': 'error',
  approved: 'success',
  'out-of-date': 'warning',
};

/** A draft's review state as every list and page shows it: icon, words and the revision. */
export function ReviewStateBadge({ state, className }: { state: ReviewState; className?: string }) {
  return (
    <StatusIndicator type={TYPES[state.kind]} className={className}>
      {reviewStateLabel(state)}
    </StatusIndicator>
  );
}
