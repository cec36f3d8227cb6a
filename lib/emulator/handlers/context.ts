import type { Db } from '@/lib/db/client';
import type { Engine } from '../engine/engine';
import type { FaultState } from '../faults';

/** What every operation handler receives. */
export interface OpContext {
  db: Db;
  engine: Engine;
  faults: FaultState;
  stepMs: number;
  accountId: string;
  /** JSON body for POST operations ({} otherwise). */
  body: Record<string, unknown>;
  /** Query parameters for GET, PATCH and DELETE operations. */
  query: URLSearchParams;
}

export type OpHandler = (ctx: OpContext) => Promise<Record<string, unknown>>;
