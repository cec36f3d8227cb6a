import type { StatusKind } from '@/lib/tracking/status';

/** What each audited action is called on the audit page and in exports. */
const ACTION_LABELS: Record<string, string> = {
  'sign-in': 'Sign in',
  'sign-out': 'Sign out',
  'open-page': 'Open page',
  'create-draft': 'Create draft',
  'save-draft': 'Edit draft',
  'delete-draft': 'Delete draft',
  'submit-draft': 'Submit draft (start change set)',
  'cancel-change-set': 'Cancel change set',
  'resubmit-change-set': 'Resubmit change set',
  'change-set-end': 'Change set ended',
  'create-user': 'Create user',
  'delete-user': 'Delete user',
  'rename-user': 'Rename user',
  'set-user-roles': 'Change roles',
  'reset-user-password': 'Reset password',
  'cli-admin': 'Restore admin (CLI)',
  'update-notification-settings': 'Change notification settings',
  'update-approval-policy': 'Change approval policy',
  'request-review': 'Request review',
  'review-draft.approved': 'Approve draft',
  'review-draft.changes-requested': 'Request changes',
  'review-draft': 'Review draft',
};

/** A readable label for an action; actions without one (new ones, API paths) still read as words. */
export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  if (action.startsWith('api:')) return `API request ${action.slice(4)}`;
  const words = action.replace(/[-_:]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : action;
}

const OUTCOME_VIEW: Record<string, { type: StatusKind; label: string }> = {
  ok: { type: 'success', label: 'Succeeded' },
  denied: { type: 'error', label: 'Denied' },
  failed: { type: 'warning', label: 'Failed' },
};

export function outcomeView(outcome: string): { type: StatusKind; label: string } {
  return OUTCOME_VIEW[outcome] ?? { type: 'info', label: outcome || 'Unknown' };
}

/** A one-line reading of an entry's details ("revision: 3, changeSetId: …"). */
export function detailsSummary(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  return Object.entries(details as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}
