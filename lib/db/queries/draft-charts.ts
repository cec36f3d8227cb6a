import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { draft } from '../schema';

/*
 * Chart analyses attached to a draft's delivery options (draft.charts, keyed by option key). These
 * writes touch one key of the jsonb column and leave `revision` alone: the wizard's autosave is a
 * compare-and-set on the form, and an upload beside it must not make that save conflict.
 */

/** The stored charts of a draft, or undefined when the draft does not exist. */
export async function getDraftCharts(
  db: Db,
  params: { draftId: string },
): Promise<Record<string, unknown> | undefined> {
  const [row] = await db
    .select({ charts: draft.charts })
    .from(draft)
    .where(eq(draft.id, params.draftId))
    .limit(1);
  return row ? ((row.charts ?? {}) as Record<string, unknown>) : undefined;
}

/** Sets one option's chart on an open draft. False when the draft is gone or no longer open. */
export async function updateDraftChart(
  db: Db,
  params: { draftId: string; optionKey: string; chart: unknown },
): Promise<boolean> {
  const entry = JSON.stringify({ [params.optionKey]: params.chart });
  const rows = await db
    .update(draft)
    .set({ charts: sql`coalesce(${draft.charts}, '{}'::jsonb) || ${entry}::jsonb`, updatedAt: sql`now()` })
    .where(and(eq(draft.id, params.draftId), eq(draft.status, 'open')))
    .returning({ id: draft.id });
  return rows.length > 0;
}

/** Removes one option's chart from an open draft. False when the draft is gone or no longer open. */
export async function deleteDraftChart(
  db: Db,
  params: { draftId: string; optionKey: string },
): Promise<boolean> {
  const rows = await db
    .update(draft)
    .set({
      charts: sql`coalesce(${draft.charts}, '{}'::jsonb) - ${params.optionKey}::text`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(draft.id, params.draftId), eq(draft.status, 'open')))
    .returning({ id: draft.id });
  return rows.length > 0;
}
