import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gte,
  ilike,
  inArray,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { emuEntity } from '@/lib/db/schema';
import type { ProductDoc } from '../changes/types';

export type EntityRow = typeof emuEntity.$inferSelect;
type Tx = Pick<Db, 'select' | 'insert' | 'update'>;

export async function getEntity(db: Tx, entityId: string, forUpdate = false): Promise<EntityRow | undefined> {
  const q = db.select().from(emuEntity).where(eq(emuEntity.entityId, entityId));
  const rows = forUpdate ? await q.for('update') : await q;
  return rows[0];
}

export async function getEntities(db: Tx, ids: string[]): Promise<EntityRow[]> {
  if (!ids.length) return [];
  return db.select().from(emuEntity).where(inArray(emuEntity.entityId, ids));
}

/** Indexed columns derived from the document, so listing never parses JSON. */
export function columnsOf(doc: ProductDoc) {
  const services = new Set<string>();
  for (const v of doc.Versions)
    for (const o of v.DeliveryOptions) for (const s of o.Compatibility?.AWSServices ?? []) services.add(s);
  return {
    title: doc.Description.ProductTitle ?? null,
    visibility: doc.Description.Visibility,
    services: [...services].sort().join(','),
  };
}

export async function saveProduct(
  db: Tx,
  entityId: string,
  doc: ProductDoc,
  revision: number,
  at: Date,
  accountId: string,
): Promise<void> {
  const cols = columnsOf(doc);
  await db
    .insert(emuEntity)
    .values({
      entityId,
      entityType: 'ContainerProduct',
      accountId,
      details: doc,
      revision,
      lastModified: at,
      ...cols,
    })
    .onConflictDoUpdate({
      target: emuEntity.entityId,
      set: { details: doc, revision, lastModified: at, ...cols },
    });
}

/** Owners of the given add-on names among all products (DUPLICATE_ADDON_NAME). */
export async function addonOwners(db: Tx, names: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of names) {
    const rows = await db
      .select({ id: emuEntity.entityId })
      .from(emuEntity)
      .where(
        sql`jsonb_path_exists(${emuEntity.details}, '$.Versions[*].DeliveryOptions[*] ? (@.DisplayAddOnName == $n)', jsonb_build_object('n', ${name}::text))`,
      )
      .limit(1);
    if (rows[0]) out.set(name, rows[0].id);
  }
  return out;
}

export interface EntityQuery {
  accountId: string;
  ids?: string[];
  titles?: string[];
  titleWildcard?: string;
  visibilities?: string[];
  modifiedAfter?: Date;
  modifiedBefore?: Date;
  sortBy: 'LastModifiedDate' | 'EntityId' | 'ProductTitle' | 'Visibility' | 'CompatibleAWSServices';
  descending: boolean;
  offset: number;
  limit: number;
}

const SORT_COLUMNS = {
  LastModifiedDate: emuEntity.lastModified,
  EntityId: emuEntity.entityId,
  ProductTitle: emuEntity.title,
  Visibility: emuEntity.visibility,
  CompatibleAWSServices: emuEntity.services,
} as const;

/** One page of ContainerProduct entities, filtered and sorted in SQL; fetches limit+1 to know if more exist. */
export type EntitySummaryRow = Omit<EntityRow, 'details'>;

export async function listEntities(
  db: Db,
  q: EntityQuery,
): Promise<{ rows: EntitySummaryRow[]; more: boolean }> {
  const where: SQL[] = [eq(emuEntity.entityType, 'ContainerProduct'), eq(emuEntity.accountId, q.accountId)];
  if (q.ids) where.push(inArray(emuEntity.entityId, q.ids));
  const titleConds: SQL[] = [];
  if (q.titles) titleConds.push(inArray(emuEntity.title, q.titles));
  if (q.titleWildcard !== undefined)
    titleConds.push(ilike(emuEntity.title, `%${q.titleWildcard.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (titleConds.length) where.push(or(...titleConds)!);
  if (q.visibilities) where.push(inArray(emuEntity.visibility, q.visibilities));
  // DateRange bounds are inclusive at second precision, like the 20-character dates callers see.
  if (q.modifiedAfter) where.push(gte(emuEntity.lastModified, q.modifiedAfter));
  if (q.modifiedBefore) where.push(lte(emuEntity.lastModified, new Date(q.modifiedBefore.getTime() + 999)));
  const dir = q.descending ? desc : asc;
  const { details: _details, ...summary } = getTableColumns(emuEntity);
  const rows = await db
    .select(summary)
    .from(emuEntity)
    .where(and(...where))
    .orderBy(dir(SORT_COLUMNS[q.sortBy]), dir(emuEntity.entityId))
    .offset(q.offset)
    .limit(q.limit + 1);
  return { rows: rows.slice(0, q.limit), more: rows.length > q.limit };
}
