import crypto from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
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

/** Replaces a user's roles in one transaction. */
export async function setUserRoles(
  db: Db,
  userId: string,
  roles: readonly string[],
  grantedBy: string | null,
) {
  await db.transaction(async (tx) => {
    await tx.delete(userRole).where(eq(userRole.userId, userId));
    if (roles.length > 0) {
      await tx.insert(userRole).values(roles.map((role) => ({ userId, role, grantedBy })));
    }
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

/** Sets a new password hash and signs the user out everywhere. */
export async function setLocalPassword(db: Db, userId: string, passwordHash: string) {
  await db.transaction(async (tx) => {
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
  });
}

export async function deleteUser(db: Db, userId: string) {
  await db.delete(user).where(eq(user.id, userId));
}

export async function countUsersWithRole(db: Db, role: string): Promise<number> {
  const rows = await db.select({ userId: userRole.userId }).from(userRole).where(eq(userRole.role, role));
  return rows.length;
}
