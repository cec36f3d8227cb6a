import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { emuTag } from '@/lib/db/schema';

type Tx = Pick<Db, 'select' | 'insert' | 'delete'>;
export interface Tag {
  Key: string;
  Value: string;
}

export async function putTags(db: Tx, resourceArn: string, tags: Tag[]): Promise<void> {
  for (const t of tags) {
    await db
      .insert(emuTag)
      .values({ resourceArn, key: t.Key, value: t.Value })
      .onConflictDoUpdate({ target: [emuTag.resourceArn, emuTag.key], set: { value: t.Value } });
  }
}

export async function removeTags(db: Tx, resourceArn: string, keys: string[]): Promise<void> {
  if (keys.length)
    await db.delete(emuTag).where(and(eq(emuTag.resourceArn, resourceArn), inArray(emuTag.key, keys)));
}

export async function listTags(db: Tx, resourceArn: string): Promise<Tag[]> {
  const rows = await db.select().from(emuTag).where(eq(emuTag.resourceArn, resourceArn)).orderBy(emuTag.key);
  return rows.map((r) => ({ Key: r.key, Value: r.value }));
}
