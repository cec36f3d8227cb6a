import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { emuResourcePolicy } from '@/lib/db/schema';

type Tx = Pick<Db, 'select' | 'insert' | 'delete'>;

/** One resource policy per entity ARN; a second Put replaces the first. */
export async function putPolicy(db: Tx, resourceArn: string, policy: string): Promise<void> {
  await db
    .insert(emuResourcePolicy)
    .values({ resourceArn, policy })
    .onConflictDoUpdate({ target: emuResourcePolicy.resourceArn, set: { policy } });
}

export async function getPolicy(db: Tx, resourceArn: string): Promise<string | undefined> {
  const rows = await db
    .select()
    .from(emuResourcePolicy)
    .where(eq(emuResourcePolicy.resourceArn, resourceArn));
  return rows[0]?.policy;
}

export async function deletePolicy(db: Tx, resourceArn: string): Promise<void> {
  await db.delete(emuResourcePolicy).where(eq(emuResourcePolicy.resourceArn, resourceArn));
}
