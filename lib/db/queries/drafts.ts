import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { draft, user } from '../schema';

export type DraftRow = typeof draft.$inferSelect;

export interface ChecklistCounts {
  passed: number;
  failed: number;
  warnings: number;
  manual: number;
  blocking?: boolean;
}

export interface NewDraft {
  productId: string;
  productTitle: string;
  changeType: string;
  title: string;
  data: unknown;
  checklist?: ChecklistCounts;
  authorId: string;
}

export async function createDraft(db: Db, d: NewDraft): Promise<DraftRow> {
  const [row] = await db
    .insert(draft)
    .values({ ...d, checklist: d.checklist ?? {}, updatedBy: d.authorId })
    .returning();
  return row!;
}

export async function getDraft(db: Db, id: string): Promise<DraftRow | undefined> {
  const [row] = await db.select().from(draft).where(eq(draft.id, id)).limit(1);
  return row;
}

export interface DraftListItem {
  id: string;
  productId: string;
  productTitle: string;
  changeType: string;
  title: string;
  revision: number;
  status: string;
  checklist: ChecklistCounts | Record<string, never>;
  authorName: string;
  updatedByName: string;
  updatedAt: Date;
}

/** A list row with the columns its verdict is computed from. */
export interface DraftListRow extends DraftListItem {
  data: unknown;
  charts: unknown;
  attestations: unknown;
}

/** Drafts, newest change first, with author names. */
export async function listDrafts(
  db: Db,
  params: { status?: string; productId?: string; limit?: number } = {},
): Promise<DraftListRow[]> {
  const author = alias(user, 'author');
  const editor = alias(user, 'editor');
  const where = and(
    params.status ? eq(draft.status, params.status) : undefined,
    params.productId ? eq(draft.productId, params.productId) : undefined,
  );
  const rows = await db
    .select({
      id: draft.id,
      productId: draft.productId,
      productTitle: draft.productTitle,
      changeType: draft.changeType,
      title: draft.title,
      revision: draft.revision,
      status: draft.status,
      checklist: draft.checklist,
      data: draft.data,
      charts: draft.charts,
      attestations: draft.attestations,
      authorName: sql<string>`coalesce(${author.name}, '')`,
      updatedByName: sql<string>`coalesce(${editor.name}, '')`,
      updatedAt: draft.updatedAt,
    })
    .from(draft)
    .leftJoin(author, eq(author.id, draft.authorId))
    .leftJoin(editor, eq(editor.id, draft.updatedBy))
    .where(where)
    .orderBy(desc(draft.updatedAt))
    .limit(params.limit ?? 200);
  return rows.map((r) => ({ ...r, checklist: (r.checklist ?? {}) as DraftListItem['checklist'] }));
}

export interface DraftSave {
  id: string;
  /** The revision the editor started from; the save succeeds only if it is still current. */
  revision: number;
  title: string;
  data: unknown;
  checklist: ChecklistCounts;
  attestations?: unknown;
  updatedBy: string;
}

export type SaveResult = { ok: true; draft: DraftRow } | { ok: false; conflict: true; current?: DraftRow };

/** Compare-and-set: writes and bumps the revision only when `revision` is still the stored one. */
export async function updateDraft(db: Db, s: DraftSave): Promise<SaveResult> {
  const [row] = await db
    .update(draft)
    .set({
      title: s.title,
      data: s.data,
      checklist: s.checklist,
      ...(s.attestations !== undefined ? { attestations: s.attestations } : {}),
      updatedBy: s.updatedBy,
      revision: sql`${draft.revision} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(draft.id, s.id), eq(draft.revision, s.revision), eq(draft.status, 'open')))
    .returning();
  if (row) return { ok: true, draft: row };
  return { ok: false, conflict: true, current: await getDraft(db, s.id) };
}

/** Marks the draft submitted (it stays readable; further edits need a new draft). */
export async function updateDraftStatus(
  db: Db,
  params: { id: string; status: 'open' | 'submitted' },
): Promise<void> {
  await db
    .update(draft)
    .set({ status: params.status, updatedAt: sql`now()` })
    .where(eq(draft.id, params.id));
}

export async function deleteDraft(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(draft).where(eq(draft.id, id)).returning({ id: draft.id });
  return rows.length > 0;
}

/**
 * Opens the next revision of a submitted draft for editing: a compare-and-set on the revision the
 * caller saw, so two tabs revising at once open one revision, not two.
 */
export async function reviseDraft(
  db: Db,
  p: { id: string; revision: number; attestations: unknown; updatedBy: string },
): Promise<DraftRow | undefined> {
  const [row] = await db
    .update(draft)
    .set({
      status: 'open',
      attestations: p.attestations,
      updatedBy: p.updatedBy,
      revision: sql`${draft.revision} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(draft.id, p.id), eq(draft.revision, p.revision), eq(draft.status, 'submitted')))
    .returning();
  return row;
}

/** Open drafts for the same target (product, change type and title), newest first. */
export async function listOpenDraftsLike(
  db: Db,
  p: { productId: string; changeType: string; title: string },
): Promise<DraftRow[]> {
  return db
    .select()
    .from(draft)
    .where(
      and(
        eq(draft.productId, p.productId),
        eq(draft.changeType, p.changeType),
        eq(draft.title, p.title),
        eq(draft.status, 'open'),
      ),
    )
    .orderBy(desc(draft.updatedAt))
    .limit(5);
}
