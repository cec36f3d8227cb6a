import { isMap, type Value } from './render/value';

/** Stands in for the registry host when checking regionalization (seed 000 §8.2). */
const SENTINEL_REGISTRY = 'wharf-sentinel.invalid';

/** Keys that hold an image registry host: registry, imageRegistry, global.imageRegistry, … */
const REGISTRY_KEY = /registry$/i;

/** A copy of the values with every registry-like string replaced by the sentinel host. */
export function withRegistrySentinel(values: Value): Value {
  if (Array.isArray(values)) return values.map(withRegistrySentinel);
  if (!isMap(values)) return values;
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      REGISTRY_KEY.test(k) && (typeof v === 'string' || v == null)
        ? SENTINEL_REGISTRY
        : withRegistrySentinel(v),
    ]),
  );
}

/** Depth-first walk over values with the key path of each node. */
export function walkValues(
  v: Value,
  visit: (path: (string | number)[], value: Value) => void,
  path: (string | number)[] = [],
  depth = 0,
) {
  if (depth > 64) return;
  visit(path, v);
  if (Array.isArray(v)) v.forEach((x, i) => walkValues(x, visit, [...path, i], depth + 1));
  else if (isMap(v)) for (const [k, x] of Object.entries(v)) walkValues(x, visit, [...path, k], depth + 1);
}

/** The value at a dotted path. */
export function valueAt(v: Value, path: readonly (string | number)[]): Value {
  let cur = v;
  for (const k of path)
    cur = Array.isArray(cur) && typeof k === 'number' ? cur[k] : isMap(cur) ? cur[String(k)] : undefined;
  return cur;
}
