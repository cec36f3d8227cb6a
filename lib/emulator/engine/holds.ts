import type { Db } from '@/lib/db/client';

/**
 * The test control (off unless enabled): change sets held in their current status until released,
 * so a test decides when each one moves on instead of racing the engine's wall-clock steps.
 * Keyed by database, which the engine and the admin endpoint share.
 */
export class Holds {
  /** Every change set, including those started later, is held. */
  all = false;
  readonly ids = new Set<string>();

  isHeld(changeSetId: string): boolean {
    return this.all || this.ids.has(changeSetId);
  }
}

const registry = new WeakMap<Db, Holds>();

/** Turns the test control on for the service using this database. */
export function enableHolds(db: Db): Holds {
  let holds = registry.get(db);
  if (!holds) registry.set(db, (holds = new Holds()));
  return holds;
}

/** The test control's holds, or undefined when it is off. */
export function holdsOf(db: Db): Holds | undefined {
  return registry.get(db);
}
