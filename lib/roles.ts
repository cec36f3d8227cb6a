/**
 * Roles and what each may do. Pure and client-safe: the browser uses it to hide what a user cannot
 * do; the server's data-access layer (lib/auth) uses it to refuse.
 */
export const ROLES = ['product-manager', 'reviewer', 'seller', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  'product-manager': 'Product manager',
  reviewer: 'Reviewer',
  seller: 'Seller',
  admin: 'Admin',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  'product-manager': 'Creates and edits drafts of repositories, versions and releases.',
  reviewer: 'Reviews compliance summaries and approves drafts for submission.',
  seller: 'Submits and cancels change sets in the AWS Marketplace Catalog.',
  admin: 'Manages users, roles and console settings.',
};

const PERMISSIONS = {
  /** Read products, drafts, change sets and reviews. */
  'console:read': ROLES,
  'draft:edit': ['product-manager'],
  'draft:delete': ['product-manager'],
  'draft:review': ['reviewer'],
  'changeset:submit': ['seller'],
  'changeset:cancel': ['seller'],
  /** Simulate an image push into the local Catalog service's registry. */
  'registry:push': ['product-manager', 'seller'],
  'settings:edit': ['admin'],
  'users:manage': ['admin'],
  /** Read and export the audit log. */
  'audit:read': ['admin', 'reviewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
