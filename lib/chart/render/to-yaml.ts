import { isMap, isUnknown, UNKNOWN, type Value } from './value';

const PLAIN = /^[A-Za-z0-9_/.][A-Za-z0-9_./=+-]*( [A-Za-z0-9_./=+-]+)*$/;
const NUMBER_LIKE = /^[-+]?(\.?\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|\.inf|\.nan)$/i;
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

function scalar(v: Value): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '.nan';
  if (typeof v === 'boolean') return String(v);
  const s = String(v);
  return PLAIN.test(s) && !RESERVED.test(s) && !NUMBER_LIKE.test(s) ? s : JSON.stringify(s);
}

function emit(v: Value, indent: string, out: string[], depth: number): void {
  if (depth > 100) throw new Error('too deep');
  if (Array.isArray(v)) {
    for (const item of v) {
      if ((isMap(item) && Object.keys(item).length) || (Array.isArray(item) && item.length)) {
        const nested: string[] = [];
        emit(item, `${indent}  `, nested, depth + 1);
        out.push(`${indent}- ${(nested[0] ?? '').trimStart()}`, ...nested.slice(1));
      } else out.push(`${indent}- ${inline(item)}`);
    }
    return;
  }
  if (isMap(v)) {
    for (const key of Object.keys(v).sort()) {
      const item = v[key];
      const nonEmpty =
        (isMap(item) && Object.keys(item).length > 0) || (Array.isArray(item) && item.length > 0);
      if (nonEmpty) {
        out.push(`${indent}${scalar(key)}:`);
        emit(item, Array.isArray(item) ? indent : `${indent}  `, out, depth + 1);
      } else out.push(`${indent}${scalar(key)}: ${inline(item)}`);
    }
  }
}

function inline(v: Value): string {
  if (Array.isArray(v)) return '[]';
  if (isMap(v)) return '{}';
  return scalar(v);
}

/**
 * Helm's toYaml for plain data: block style with sorted keys (as Go's YAML marshaller writes maps),
 * without a trailing newline. Far cheaper than building a yaml Document per call.
 */
export function toYaml(v: Value): Value {
  if (isUnknown(v)) return UNKNOWN;
  if (!isMap(v) && !Array.isArray(v)) return scalar(v);
  if ((isMap(v) && Object.keys(v).length === 0) || (Array.isArray(v) && v.length === 0)) return inline(v);
  const out: string[] = [];
  try {
    emit(v, '', out, 0);
  } catch {
    return UNKNOWN;
  }
  return out.join('\n');
}
