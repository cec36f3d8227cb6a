/**
 * The console never loses its last admin: two admins demoting or deleting each other at the same
 * moment, on a real database, always leave one admin behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../schema';
import { testBackends, type TestDb } from '../testing/backends';
import {
  countUsersWithRole,
  createLocalUser,
  deleteUser,
  getUserRoles,
  renameUser,
  setLocalPassword,
  setUserRoles,
} from './users';

const backends = await testBackends();
const ROUNDS = 20;

describe.each(backends)('admin changes on $name', ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const twoAdmins = async (round: number, kind: string) => {
    const make = (who: string) =>
      createLocalUser(t.handle.db, {
        name: who,
        email: `${who}-${kind}-${round}@race.test`,
        passwordHash: 'h',
        roles: ['admin'],
        createdBy: null,
      });
    return [await make('a'), await make('b')] as const;
  };

  const operations = {
    demote: (target: string, actor: string) => setUserRoles(t.handle.db, target, ['seller'], actor),
    delete: (target: string) => deleteUser(t.handle.db, target),
  };

  for (const [kind, first, second] of [
    ['demote each other', 'demote', 'demote'],
    ['delete each other', 'delete', 'delete'],
    ['one demotes, one deletes', 'demote', 'delete'],
  ] as const) {
    it(`${kind}: ${ROUNDS} concurrent rounds always leave an admin`, async () => {
      const db = t.handle.db;
      for (let round = 0; round < ROUNDS; round++) {
        const [a, b] = await twoAdmins(round, first + second);
        const results = await Promise.all([operations[first](b, a), operations[second](a, b)]);
        const refused = results.filter((r) => r === 'last-admin' || (typeof r === 'object' && !r.ok));
        expect(refused).toHaveLength(1);
        const left = [...(await getUserRoles(db, a)), ...(await getUserRoles(db, b))];
        expect(left).toContain('admin');
        expect(await countUsersWithRole(db, 'admin')).toBe(1);
        await db.delete(user); // the next round starts from exactly two admins
      }
    });
  }

  it('answers not-found for a user who does not exist', async () => {
    expect(await setUserRoles(t.handle.db, 'no-such-user', ['seller'], null)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await deleteUser(t.handle.db, 'no-such-user')).toBe('not-found');
    // A password reset for a user who is gone answers not-found instead of a failed insert.
    expect(await setLocalPassword(t.handle.db, 'no-such-user', 'hash')).toBe('not-found');
    expect(await renameUser(t.handle.db, 'no-such-user', 'X')).toBe('not-found');
  });
});
