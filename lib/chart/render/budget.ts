import { isMap, type Value } from './value';

/**
 * How much work rendering one template may do. Steps and output alone do not bound it: one step of
 * `replace` or `printf` can build a string many times larger than its input, so every value a function
 * builds is counted too (characters of strings, entries of lists and maps).
 */
export const RENDER_LIMITS = {
  steps: 200_000,
  outputChars: 4 * 1024 * 1024,
  builtUnits: 32_000_000,
} as const;

/** Rendering ran out of budget: the chart is too expensive to analyse. */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded';
  /** The template being rendered (set by renderChart). */
  file?: string;
  constructor(
    readonly what: 'steps' | 'output' | 'values',
    /** Units of values built when rendering stopped (never more than the limit). */
    readonly built: number,
  ) {
    super(`render budget exceeded (${what})`);
  }
}

/** Size of a value in budget units (string characters, list and map entries), counted up to `limit`. */
export function sizeOf(v: Value, limit: number): number {
  let total = 0;
  const stack: Value[] = [v];
  while (stack.length > 0 && total <= limit) {
    const x = stack.pop();
    if (typeof x === 'string') total += x.length;
    else if (Array.isArray(x)) {
      total += x.length;
      for (const item of x) stack.push(item);
    } else if (isMap(x)) {
      for (const [k, item] of Object.entries(x)) {
        total += k.length + 1;
        stack.push(item);
      }
    } else total += 1;
  }
  return total;
}

/** Counts the values one render builds, and stops it when they pass the limit. */
export class WorkBudget {
  built = 0;

  /** Remaining units before the limit. */
  get remaining(): number {
    return RENDER_LIMITS.builtUnits - this.built;
  }

  /** Spends `units`; throws (without spending) when they would pass the limit. */
  spend(units: number) {
    if (units > this.remaining) throw new BudgetExceeded('values', this.built);
    this.built += units;
  }
}
