import type { Permission } from '@/lib/roles';

/**
 * Every server action with the permission it requires and an input to call it with. The input
 * need not be valid: an allowed caller may get a validation error, a denied one must get
 * FORBIDDEN/UNAUTHENTICATED before anything else happens.
 */
export const ACTION_MATRIX: Array<{
  file: string;
  name: string;
  permission: Permission;
  input: () => unknown;
}> = [
  { file: 'users/create-user', name: 'createUserAction', permission: 'users:manage', input: () => ({}) },
  {
    file: 'users/set-user-roles',
    name: 'setUserRolesAction',
    permission: 'users:manage',
    input: () => ({ userId: 'nobody', roles: [] }),
  },
  {
    file: 'users/reset-user-password',
    name: 'resetUserPasswordAction',
    permission: 'users:manage',
    input: () => ({}),
  },
  {
    file: 'users/rename-user',
    name: 'renameUserAction',
    permission: 'users:manage',
    input: () => ({ userId: 'nobody', name: 'Someone' }),
  },
  {
    file: 'users/delete-user',
    name: 'deleteUserAction',
    permission: 'users:manage',
    input: () => ({ userId: 'nobody' }),
  },
  {
    file: 'change-sets/cancel-change-set',
    name: 'cancelChangeSetAction',
    permission: 'changeset:cancel',
    input: () => ({ changeSetId: 'nochangeset0000000000001' }),
  },
  {
    file: 'change-sets/resubmit-change-set',
    name: 'resubmitChangeSetAction',
    permission: 'changeset:submit',
    input: () => ({ changeSetId: 'nochangeset0000000000001' }),
  },
  {
    file: 'notifications/mark-notifications-read',
    name: 'markNotificationsReadAction',
    permission: 'console:read',
    input: () => ({ all: true }),
  },
  {
    file: 'settings/update-notification-settings',
    name: 'updateNotificationSettingsAction',
    permission: 'settings:edit',
    input: () => ({ enabled: false, url: '' }),
  },
  {
    file: 'settings/send-test-webhook',
    name: 'sendTestWebhookAction',
    permission: 'settings:edit',
    input: () => ({ url: 'not a url' }),
  },
  {
    file: 'drafts/create-draft',
    name: 'createDraftAction',
    permission: 'draft:edit',
    input: () => ({ productId: 'prod-none', changeType: 'Nope' }),
  },
  {
    file: 'drafts/revise-draft',
    name: 'reviseDraftAction',
    permission: 'draft:edit',
    input: () => ({ id: 'not-a-uuid', revision: 1 }),
  },
  {
    file: 'drafts/duplicate-draft',
    name: 'duplicateDraftAction',
    permission: 'draft:edit',
    input: () => ({ id: 'not-a-uuid' }),
  },
  {
    file: 'drafts/save-draft',
    name: 'saveDraftAction',
    permission: 'draft:edit',
    input: () => ({ id: 'not-a-uuid' }),
  },
  {
    file: 'drafts/delete-draft',
    name: 'deleteDraftAction',
    permission: 'draft:delete',
    input: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  {
    file: 'submissions/submit-draft',
    name: 'submitDraftAction',
    permission: 'changeset:submit',
    input: () => ({ id: '00000000-0000-4000-8000-000000000000', revision: 1 }),
  },
  {
    file: 'reviews/request-review',
    name: 'requestReviewAction',
    permission: 'draft:edit',
    input: () => ({ id: '00000000-0000-4000-8000-000000000000', revision: 1, note: '' }),
  },
  {
    file: 'settings/update-approval-policy',
    name: 'updateApprovalPolicyAction',
    permission: 'settings:edit',
    input: () => ({}),
  },
  {
    file: 'reviews/review-draft',
    name: 'reviewDraftAction',
    permission: 'draft:review',
    input: () => ({
      id: '00000000-0000-4000-8000-000000000000',
      revision: 1,
      verdict: 'approved',
      comment: '',
    }),
  },
  {
    file: 'registry/push-image',
    name: 'pushImageAction',
    permission: 'registry:push',
    input: () => ({ productId: 'prod-none', repository: 'nope', tag: '!' }),
  },
];

/** Actions anyone may call (signing in and out). */
export const PUBLIC_ACTIONS = [
  'auth/sign-in#signInAction',
  'auth/sign-in-sso#signInSsoAction',
  'auth/sign-out#signOutAction',
];

const NO_DRAFT = '00000000-0000-4000-8000-000000000000';

/** Every route handler under app/api (auth and health excepted), one entry per method. */
export const ROUTE_MATRIX: Array<{
  file: string;
  method?: 'GET' | 'POST' | 'DELETE';
  url: string;
  params?: Record<string, string>;
  /** Sent by POST/DELETE entries, with a same-origin Origin and Host. */
  body?: () => BodyInit;
  headers?: Record<string, string>;
  permission: Permission;
}> = [
  {
    file: 'app/api/drafts/[id]/route.ts',
    url: '/api/drafts/00000000-0000-4000-8000-000000000000',
    params: { id: '00000000-0000-4000-8000-000000000000' },
    permission: 'console:read',
  },
  {
    file: 'app/api/products/[id]/images/route.ts',
    url: '/api/products/prod-clairaiobsv01/images',
    params: { id: 'prod-clairaiobsv01' },
    permission: 'console:read',
  },
  { file: 'app/api/change-sets/route.ts', url: '/api/change-sets', permission: 'console:read' },
  {
    file: 'app/api/change-sets/[id]/route.ts',
    url: '/api/change-sets/nochangeset0000000000001',
    params: { id: 'nochangeset0000000000001' },
    permission: 'console:read',
  },
  {
    file: 'app/api/change-sets/export/route.ts',
    url: '/api/change-sets/export?format=csv',
    permission: 'console:read',
  },
  {
    file: 'app/api/audit/export/route.ts',
    url: '/api/audit/export?format=csv',
    permission: 'audit:read',
  },
  { file: 'app/api/notifications/route.ts', url: '/api/notifications', permission: 'console:read' },
  {
    file: 'app/api/drafts/[id]/charts/route.ts',
    url: `/api/drafts/${NO_DRAFT}/charts`,
    params: { id: NO_DRAFT },
    permission: 'console:read',
  },
  {
    file: 'app/api/drafts/[id]/charts/route.ts',
    method: 'POST',
    url: `/api/drafts/${NO_DRAFT}/charts?option=0&filename=c.tgz`,
    params: { id: NO_DRAFT },
    body: () => new Uint8Array([0x1f, 0x8b]),
    headers: { 'content-type': 'application/octet-stream' },
    permission: 'draft:edit',
  },
  {
    file: 'app/api/drafts/[id]/charts/route.ts',
    method: 'DELETE',
    url: `/api/drafts/${NO_DRAFT}/charts?option=0`,
    params: { id: NO_DRAFT },
    permission: 'draft:edit',
  },
  {
    file: 'app/api/drafts/[id]/summary/route.ts',
    url: `/api/drafts/${NO_DRAFT}/summary?format=md`,
    params: { id: NO_DRAFT },
    permission: 'console:read',
  },
];
