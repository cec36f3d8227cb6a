import 'server-only';
import { hashPassword } from 'better-auth/crypto';
import { env } from '@/lib/env';
import { getDb } from '@/lib/db/runtime';
import type { Db } from '@/lib/db/client';
import { createLocalUser, getUserByEmail, getUserRoles, setUserRoles } from '@/lib/db/queries/users';
import { isRole, type Role } from '@/lib/roles';

/** Demo accounts, one per role, created on first start while the console runs on the local Catalog service. */
export const DEMO_PASSWORD = 'wharf-demo-password';
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; roles: Role[] }> = [
  { email: 'pm@wharf.local', name: 'Priya Manager', roles: ['product-manager'] },
  { email: 'reviewer@wharf.local', name: 'Ravi Reviewer', roles: ['reviewer'] },
  { email: 'seller@wharf.local', name: 'Sam Seller', roles: ['seller'] },
  { email: 'admin@wharf.local', name: 'Ada Admin', roles: ['admin'] },
];

export async function seedDemoAccounts(db: Db): Promise<void> {
  for (const demo of DEMO_ACCOUNTS) {
    if (await getUserByEmail(db, demo.email)) continue;
    await createLocalUser(db, { ...demo, passwordHash: await hashPassword(DEMO_PASSWORD), createdBy: null });
  }
}

/** First single sign-on: grant OIDC_DEFAULT_ROLES unless the user already has roles. */
export async function grantDefaultSsoRoles(userId: string): Promise<void> {
  const defaults = env()
    .OIDC_DEFAULT_ROLES.split(',')
    .map((r) => r.trim())
    .filter(isRole);
  if (defaults.length === 0) return;
  const db = getDb();
  if ((await getUserRoles(db, userId)).length > 0) return;
  await setUserRoles(db, userId, defaults, null);
}
