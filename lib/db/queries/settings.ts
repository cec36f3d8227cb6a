import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { setting } from '../schema';

export async function getSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const rows = await db.select({ value: setting.value }).from(setting).where(eq(setting.key, key)).limit(1);
  return rows[0]?.value as T | undefined;
}

export async function updateSetting(
  db: Db,
  key: string,
  value: unknown,
  updatedBy: string | null,
): Promise<void> {
  const at = new Date();
  await db
    .insert(setting)
    .values({ key, value, updatedBy, updatedAt: at })
    .onConflictDoUpdate({ target: setting.key, set: { value, updatedBy, updatedAt: at } });
}
