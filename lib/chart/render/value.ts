/** A value the static renderer cannot know (an unsupported function, .Files, a failed lookup). */
export const UNKNOWN: unique symbol = Symbol('unknown');
export type Value = unknown;

/** Printed in place of an unknown value, so an image built from it is recognisably unresolved. */
export const UNKNOWN_TEXT = '\u2047';

export function isUnknown(v: Value): v is typeof UNKNOWN {
  return v === UNKNOWN;
}

export function isMap(v: Value): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Go's notion of an empty value, as used by `if`, `default` and `empty`. */
export function isEmpty(v: Value): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isMap(v)) return Object.keys(v).length === 0;
  return false;
}

/** Truthiness for `if`/`with`: unknown conditions take the first branch (the chart's main path). */
export function truthy(v: Value): boolean {
  return isUnknown(v) || !isEmpty(v);
}

/** How text/template prints a value (Helm turns "<no value>" into an empty string). */
export function toText(v: Value): string {
  if (isUnknown(v)) return UNKNOWN_TEXT;
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(toText).join(' ')}]`;
  if (isMap(v))
    return `map[${Object.keys(v)
      .sort()
      .map((k) => `${k}:${toText(v[k])}`)
      .join(' ')}]`;
  return UNKNOWN_TEXT;
}

/** Plain deep copy of YAML data (objects, arrays, scalars). */
export function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepCopy) as T;
  if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepCopy(x)])) as T;
  return v;
}

/** Helm's coalescing of values: `over` wins, maps merge recursively; `null` in `over` deletes the key. */
export function mergeValues(base: Value, over: Value): Value {
  if (!isMap(base) || !isMap(over)) return over === undefined ? deepCopy(base) : deepCopy(over);
  const out: Record<string, unknown> = deepCopy(base);
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else out[k] = isMap(v) && isMap(out[k]) ? mergeValues(out[k], v) : deepCopy(v);
  }
  return out;
}

/** What `range` iterates: list items, map entries in key order (as Go does), or 0…n-1 for a number. */
export function rangeItems(v: Value): [Value, Value][] {
  if (Array.isArray(v)) return v.map((x, i) => [i, x]);
  if (isMap(v))
    return Object.keys(v)
      .sort()
      .map((k) => [k, v[k]]);
  if (typeof v === 'number')
    return Array.from({ length: Math.max(0, Math.min(v, 10_000)) }, (_, i) => [i, i]);
  return [];
}
