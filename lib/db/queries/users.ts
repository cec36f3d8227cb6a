import crypto from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { account, session, user, userRole } from '../schema';

export interface UserRow {
  id: string;
  name: string;
  email: string;
  roles: string[];
  createdAt: Date;
  hasPassword: boolean;
}

export async function getUserRoles(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ role: userRole.role }).from(userRole).where(eq(userRole.userId, userId));
  return rows.map((r) => r.role).sort();
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  const users = await db.select().from(user).orderBy(asc(user.email));
  if (users.length === 0) return [];
  const ids = users.map((u) => u.id);
  const roles = await db.select().from(userRole).where(inArray(userRole.userId, ids));
  const creds = await db
    .select({ userId: account.userId })
    .from(account)
    .where(and(inArray(account.userId, ids), eq(account.providerId, 'credential')));
  const withPassword = new Set(creds.map((c) => c.userId));
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    createdAt: u.createdAt,
    hasPassword: withPassword.has(u.id),
    roles: roles
      .filter((r) => r.userId === u.id)
      .map((r) => r.role)
      .sort(),
  }));
}

export async function getUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(user).where(eq(user.email, email.toLowerCase()));
  return row;
}

/** Why a change that could remove an admin was not made. */
export type AdminChangeRefusal = 'not-found' | 'last-admin';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

// Every change that could remove an admin takes this transaction-scoped lock first, so the
// last-admin check and the write see the same rows even when two admins act at the same moment.
const ADMINS_LOCK = 0x77686172;

async function lockAdminsAndFind(
  tx: Tx,
  userId: string,
): Promise<{ isAdmin: boolean; admins: number } | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ADMINS_LOCK}::bigint)`);
  const [found] = await tx.select({ id: user.id }).from(user).where(eq(user.id, userId));
  if (!found) return null;
  const admins = await tx
    .select({ userId: userRole.userId })
    .from(userRole)
    .where(eq(userRole.role, 'admin'));
  return { isAdmin: admins.some((a) => a.userId === userId), admins: admins.length };
}

/**
 * Replaces a user's roles in one transaction, refusing to take the admin role from the last admin.
 * Returns the roles held before, or why nothing changed.
 */
export async function setUserRoles(
  db: Db,
  userId: string,
  roles: readonly string[],
  grantedBy: string | null,
): Promise<{ ok: true; before: string[] } | { ok: false; reason: AdminChangeRefusal }> {
  return db.transaction(async (tx) => {
    const found = await lockAdminsAndFind(tx, userId);
    if (!found) return { ok: false, reason: 'not-found' } as const;
    if (found.isAdmin && found.admins <= 1 && !roles.includes('admin')) {
      return { ok: false, reason: 'last-admin' } as const;
    }
    const before = await tx.select({ role: userRole.role }).from(userRole).where(eq(userRole.userId, userId));
    await tx.delete(userRole).where(eq(userRole.userId, userId));
    if (roles.length > 0) {
      await tx.insert(userRole).values(roles.map((role) => ({ userId, role, grantedBy })));
    }
    return { ok: true, before: before.map((r) => r.role).sort() } as const;
  });
}

/** Creates a local account whose password hash was made by better-auth's KDF (scrypt). */
export async function createLocalUser(
  db: Db,
  input: {
    name: string;
    email: string;
    passwordHash: string;
    roles: readonly string[];
    createdBy: string | null;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx
      .insert(user)
      .values({ id, name: input.name, email: input.email.toLowerCase(), emailVerified: true });
    await tx.insert(account).values({
      id: crypto.randomUUID(),
      accountId: id,
      providerId: 'credential',
      userId: id,
      password: input.passwordHash,
    });
    if (input.roles.length > 0) {
      await tx
        .insert(userRole)
        .values(input.roles.map((role) => ({ userId: id, role, grantedBy: input.createdBy })));
    }
  });
  return id;
}

/** Sets a new password hash and signs the user out everywhere; 'not-found' for an unknown user. */
export async function setLocalPassword(
  db: Db,
  userId: string,
  passwordHash: string,
): Promise<'ok' | 'not-found'> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select({ id: user.id }).from(user).where(eq(user.id, userId)).for('update');
    if (!found) return 'not-found';
    const updated = await tx
      .update(account)
      .set({ password: passwordHash })
      .where(and(eq(account.userId, userId), eq(account.providerId, 'credential')))
      .returning({ id: account.id });
    if (updated.length === 0) {
      await tx.insert(account).values({
        id: crypto.randomUUID(),
        accountId: userId,
        providerId: 'credential',
        userId,
        password: passwordHash,
      });
    }
    await tx.delete(session).where(eq(session.userId, userId));
    return 'ok';
  });
}

/** Sets a user's display name; 'not-found' for an unknown user. */
export async function renameUser(db: Db, userId: string, name: string): Promise<'ok' | 'not-found'> {
  const rows = await db
    .update(user)
    .set({ name, updatedAt: new Date() })
    .where(eq(user.id, userId))
    .returning({ id: user.id });
  return rows.length ? 'ok' : 'not-found';
}

/** Deletes a user in one transaction, refusing to delete the last admin. */
export async function deleteUser(db: Db, userId: string): Promise<'ok' | AdminChangeRefusal> {
  return db.transaction(async (tx) => {
    const found = await lockAdminsAndFind(tx, userId);
    if (!found) return 'not-found';
    if (found.isAdmin && found.admins <= 1) return 'last-admin';
    await tx.delete(user).where(eq(user.id, userId));
    return 'ok';
  });
}

export async function countUsersWithRole(db: Db, role: string): Promise<number> {
  const rows = await db.select({ userId: userRole.userId }).from(userRole).where(eq(userRole.role, role));
  return rows.length;
}

/** Ids of the users holding a role (whom to notify). */
export async function listUserIdsWithRole(db: Db, role: string): Promise<string[]> {
  const rows = await db.select({ userId: userRole.userId }).from(userRole).where(eq(userRole.role, role));
  return rows.map((r) => r.userId);
}
