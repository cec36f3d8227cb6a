import type { Permission } from '@/lib/roles';

/**
 * Every server action with the permission it requires and an input to call it with. The input
 * need not be valid: an allowed caller may get a validation error, a denied one must get
 * FORBIDDEN/UNAUTHENTICATED before anything else happens.
 */
export const ACTION_MATRIX: Array<{ file: string; name: string; permission: Permission; input: () => unknown }> = [
  { file: 'users/create-user', name: 'createUserAction', permission: 'users:manage', input: () => ({}) },
  { file: 'users/set-user-roles', name: 'setUserRolesAction', permission: 'users:manage', input: () => ({ userId: 'nobody', roles: [] }) },
  { file: 'users/reset-user-password', name: 'resetUserPasswordAction', permission: 'users:manage', input: () => ({}) },
  { file: 'users/delete-user', name: 'deleteUserAction', permission: 'users:manage', input: () => ({ userId: 'nobody' }) },
];

/** Actions anyone may call (signing in and out). */
export const PUBLIC_ACTIONS = ['auth/sign-in#signInAction', 'auth/sign-in-sso#signInSsoAction', 'auth/sign-out#signOutAction'];

/** Every GET route handler under app/api (auth and health excepted). */
export const ROUTE_MATRIX: Array<{
  file: string;
  method?: 'GET';
  url: string;
  params?: Record<string, string>;
  permission: Permission;
}> = [];
