import { isUnknown, type Value } from './value';
import { sizeOf } from './budget';

/**
 * Functions that only pick, compare or wrap their arguments: they build nothing proportional to them,
 * so only the (shallow) value they return is counted. Every other function copies or prints its
 * arguments and is charged up front, before it runs.
 */
const NON_COPYING = new Set([
  'include',
  'tpl',
  'dict',
  'list',
  'tuple',
  'get',
  'hasKey',
  'index',
  'len',
  'first',
  'last',
  'default',
  'empty',
  'coalesce',
  'ternary',
  'required',
  'not',
  'and',
  'or',
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'kindIs',
  'lookup',
  'semverCompare',
  'until',
  'int',
  'int64',
  'atoi',
  'add',
  'add1',
  'sub',
]);

/** JSON escapes (\u0000) can print a character as six. */
const QUOTING = new Set(['quote', 'printf', 'toJson']);

function occurrences(text: string, part: string): number {
  if (!part) return text.length + 1;
  let n = 0;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

function argsSize(args: Value[], limit: number): number {
  let total = 0;
  for (const a of args) total += sizeOf(a, limit - total);
  return total;
}

/** Units `name` will build from `args` (an upper bound), looking no further than `limit`. */
export function upfrontCost(name: string, args: Value[], limit: number): number {
  if (NON_COPYING.has(name) || args.some(isUnknown)) return 0;
  const [a, b, c] = args;
  if (name === 'replace') {
    if (typeof a === 'string' && typeof b === 'string' && typeof c === 'string')
      return c.length + occurrences(c, a) * Math.max(0, b.length - a.length);
    return argsSize(args, limit) * (1 + sizeOf(b, limit));
  }
  if ((name === 'indent' || name === 'nindent') && typeof a === 'number') {
    const pad = Math.min(Math.max(a, 0), 200);
    if (typeof b === 'string') return b.length + (occurrences(b, '\n') + 1) * pad + 1;
    return argsSize(args, limit) * (1 + pad);
  }
  const total = argsSize(args, limit);
  return QUOTING.has(name) ? total * 6 : total;
}

/** Shallow size of a value a non-copying function returned (a captured include, a new list or dict). */
export function resultCost(v: Value): number {
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (typeof v === 'object' && v !== null) return Object.keys(v).length;
  return 0;
}
