import { AppError } from '@/lib/errors';
import type { Db, DbHandle } from './client';

/**
 * The process-wide database handle. It is opened once at server start (instrumentation.ts) and
 * never at module evaluation, so a build worker or a stray dev process cannot open the embedded
 * store behind the owner's back.
 */
const KEY = Symbol.for('wharf.db');
type Slot = { handle?: DbHandle };
const slot = ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as Slot;

export function setDbHandle(handle: DbHandle | undefined): void {
  slot.handle = handle;
}

export function getDbHandle(): DbHandle {
  if (!slot.handle) throw new AppError('UNAVAILABLE', 'The database is not open yet. Try again in a moment.');
  return slot.handle;
}

export function getDb(): Db {
  return getDbHandle().db;
}
