import { isMap } from './render/value';

export interface SchemaProperty {
  /** Property name as written. */
  name: string;
  /** Dotted path of property names, e.g. "backend.replicaCount". */
  path: string;
  keys: string[];
  schema: Record<string, unknown>;
}

/** JSON.parse that returns undefined instead of throwing. */
export function parseJsonFile(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every named property in a JSON Schema (nested properties, array items, $defs/definitions). */
export function schemaProperties(
  schema: Record<string, unknown>,
  keys: string[] = [],
  depth = 0,
): SchemaProperty[] {
  if (depth > 32) return [];
  const out: SchemaProperty[] = [];
  const props = schema.properties;
  if (isMap(props)) {
    for (const [name, sub] of Object.entries(props)) {
      if (!isMap(sub)) continue;
      const path = [...keys, name];
      out.push({ name, path: path.join('.'), keys: path, schema: sub });
      out.push(...schemaProperties(sub, path, depth + 1));
    }
  }
  for (const nested of ['items', 'additionalProperties']) {
    const sub = schema[nested];
    if (isMap(sub)) out.push(...schemaProperties(sub, keys, depth + 1));
  }
  for (const defs of ['$defs', 'definitions']) {
    const d = schema[defs];
    if (isMap(d))
      for (const sub of Object.values(d)) if (isMap(sub)) out.push(...schemaProperties(sub, keys, depth + 1));
  }
  return out;
}

/** 1-based line where `"key":` first appears in JSON text. */
export function lineOfKey(text: string, key: string): number | undefined {
  const idx = text.indexOf(`${JSON.stringify(key)}`);
  if (idx === -1) return undefined;
  return text.slice(0, idx).split('\n').length;
}
