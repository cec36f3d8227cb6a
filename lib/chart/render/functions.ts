import { toYaml } from './to-yaml';
import {
  deepCopy,
  isEmpty,
  isMap,
  isUnknown,
  mergeValues,
  toText,
  truthy,
  UNKNOWN,
  type Value,
} from './value';

/** What a function may ask of the renderer. */
export interface CallContext {
  include(name: string, data: Value): Value;
  tpl(text: string, data: Value): Value;
}

type Fn = (args: Value[], ctx: CallContext) => Value;

const str = (v: Value) => toText(v);
const anyUnknown = (args: Value[]) => args.some(isUnknown);
/** Wraps a function of strings: unknown in, unknown out. */
const s =
  (f: (...a: string[]) => Value): Fn =>
  (args: Value[]) =>
    anyUnknown(args) ? UNKNOWN : f(...args.map(str));

function printf(format: string, args: Value[]): string {
  let i = 0;
  return format.replace(/%([-+# 0]*\d*(?:\.\d+)?)([svdqtfx%])/g, (_m, _flags, verb: string) => {
    if (verb === '%') return '%';
    const a = args[i++];
    if (verb === 'q') return JSON.stringify(str(a));
    if (verb === 'd' && typeof a === 'number') return String(Math.trunc(a));
    return str(a);
  });
}

function indent(n: Value, text: Value): Value {
  if (isUnknown(text) || typeof n !== 'number') return UNKNOWN;
  const pad = ' '.repeat(Math.max(0, Math.min(n, 200)));
  return pad + str(text).replace(/\n/g, `\n${pad}`);
}

function index(args: Value[]): Value {
  let cur = args[0];
  for (const k of args.slice(1)) {
    if (isUnknown(cur) || isUnknown(k)) return UNKNOWN;
    if (Array.isArray(cur) && typeof k === 'number') cur = cur[k];
    else if (isMap(cur)) cur = cur[str(k)];
    else return undefined;
  }
  return cur;
}

function compare(op: string): Fn {
  return ([a, ...rest]) => {
    if (isUnknown(a) || rest.some(isUnknown)) return UNKNOWN;
    const b = rest[0];
    switch (op) {
      case 'eq':
        return rest.some((x) => x === a || (x == null && a == null));
      case 'ne':
        return a !== b;
      default: {
        const [x, y] = [a as number | string, b as number | string];
        return op === 'lt' ? x < y : op === 'le' ? x <= y : op === 'gt' ? x > y : x >= y;
      }
    }
  };
}

const FUNCTIONS: Record<string, Fn> = {
  default: ([def, given]) => (isUnknown(given) ? UNKNOWN : isEmpty(given) ? def : given),
  empty: ([v]) => (isUnknown(v) ? UNKNOWN : isEmpty(v)),
  coalesce: (args) => args.find((a) => isUnknown(a) || !isEmpty(a)),
  ternary: ([a, b, c]) => (isUnknown(c) ? UNKNOWN : truthy(c) ? a : b),
  required: ([, v]) => v,
  not: ([v]) => (isUnknown(v) ? UNKNOWN : !truthy(v)),
  and: (args) => args.find((a) => !truthy(a)) ?? args[args.length - 1],
  or: (args) =>
    args.find((a) => truthy(a) && !isUnknown(a)) ?? (anyUnknown(args) ? UNKNOWN : args[args.length - 1]),
  eq: compare('eq'),
  ne: compare('ne'),
  lt: compare('lt'),
  le: compare('le'),
  gt: compare('gt'),
  ge: compare('ge'),
  printf: ([f, ...rest]) => (isUnknown(f) ? UNKNOWN : printf(str(f), rest)),
  print: (args) => args.map(str).join(''),
  println: (args) => `${args.map(str).join(' ')}\n`,
  quote: (args) => args.map((a) => JSON.stringify(str(a))).join(' '),
  squote: (args) => args.map((a) => `'${str(a)}'`).join(' '),
  trim: s((v) => v.trim()),
  trimSuffix: s((suf, v) => (v.endsWith(suf) ? v.slice(0, v.length - suf.length) : v)),
  trimPrefix: s((pre, v) => (v.startsWith(pre) ? v.slice(pre.length) : v)),
  trimAll: s((cut, v) =>
    v.replace(
      new RegExp(`^[${cut.replace(/[\\\]^-]/g, '\\$&')}]+|[${cut.replace(/[\\\]^-]/g, '\\$&')}]+$`, 'g'),
      '',
    ),
  ),
  lower: s((v) => v.toLowerCase()),
  upper: s((v) => v.toUpperCase()),
  replace: s((a, b, v) => v.split(a).join(b)),
  trunc: ([n, v]) =>
    isUnknown(v) || typeof n !== 'number' ? UNKNOWN : n >= 0 ? str(v).slice(0, n) : str(v).slice(n),
  contains: s((sub, v) => v.includes(sub)),
  hasPrefix: s((p, v) => v.startsWith(p)),
  hasSuffix: s((p, v) => v.endsWith(p)),
  cat: (args) =>
    anyUnknown(args)
      ? UNKNOWN
      : args
          .filter((a) => a != null)
          .map(str)
          .join(' '),
  join: ([sep, l]) => (Array.isArray(l) ? l.map(str).join(str(sep)) : UNKNOWN),
  list: (args) => args,
  tuple: (args) => args,
  dict: (args) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i + 1 < args.length; i += 2) out[str(args[i])] = args[i + 1];
    return out;
  },
  get: ([m, k]) => (isMap(m) ? (m[str(k)] ?? '') : UNKNOWN),
  hasKey: ([m, k]) => (isMap(m) ? Object.hasOwn(m, str(k)) : UNKNOWN),
  keys: (args) => (args.every(isMap) ? args.flatMap((m) => Object.keys(m as object)) : UNKNOWN),
  index: (args) => index(args),
  len: ([v]) =>
    typeof v === 'string' || Array.isArray(v) ? v.length : isMap(v) ? Object.keys(v).length : UNKNOWN,
  first: ([l]) => (Array.isArray(l) ? l[0] : UNKNOWN),
  last: ([l]) => (Array.isArray(l) ? l[l.length - 1] : UNKNOWN),
  splitList: s((sep, v) => v.split(sep)),
  until: ([n]) =>
    typeof n === 'number'
      ? Array.from({ length: Math.max(0, Math.min(Math.trunc(n), 10_000)) }, (_, i) => i)
      : UNKNOWN,
  toYaml: ([v]) => toYaml(v),
  toJson: ([v]) => (isUnknown(v) ? UNKNOWN : JSON.stringify(v ?? null)),
  indent: ([n, v]) => indent(n, v),
  nindent: ([n, v]) => {
    const r = indent(n, v);
    return isUnknown(r) ? r : `\n${str(r)}`;
  },
  int: ([v]) => (isUnknown(v) ? UNKNOWN : Math.trunc(Number(v)) || 0),
  int64: ([v]) => (isUnknown(v) ? UNKNOWN : Math.trunc(Number(v)) || 0),
  atoi: ([v]) => (isUnknown(v) ? UNKNOWN : Number.parseInt(str(v), 10) || 0),
  add: (args) => (anyUnknown(args) ? UNKNOWN : args.reduce<number>((a, b) => a + Number(b), 0)),
  add1: ([v]) => (isUnknown(v) ? UNKNOWN : Number(v) + 1),
  sub: ([a, b]) => (isUnknown(a) || isUnknown(b) ? UNKNOWN : Number(a) - Number(b)),
  merge: (args) =>
    args.every(isMap) ? args.reduceRight<Value>((acc, m) => mergeValues(acc, m), {}) : UNKNOWN,
  mergeOverwrite: (args) =>
    args.every(isMap) ? args.reduce<Value>((acc, m) => mergeValues(acc, m), {}) : UNKNOWN,
  deepCopy: ([v]) => deepCopy(v),
  semverCompare: () => true,
  kindIs: ([k, v]) =>
    isUnknown(v)
      ? UNKNOWN
      : str(k) ===
        (Array.isArray(v)
          ? 'slice'
          : isMap(v)
            ? 'map'
            : typeof v === 'number'
              ? 'float64'
              : typeof v === 'boolean'
                ? 'bool'
                : v == null
                  ? 'invalid'
                  : 'string'),
  lookup: () => ({}),
  include: ([name, data], ctx) => (isUnknown(name) ? UNKNOWN : ctx.include(str(name), data)),
  tpl: ([text, data], ctx) => (isUnknown(text) ? UNKNOWN : ctx.tpl(str(text), data)),
};

const toStringFn: Fn = ([v]) => (isUnknown(v) ? UNKNOWN : str(v));
const TABLE = new Map<string, Fn>([...Object.entries(FUNCTIONS), ['toString', toStringFn]]);

/** Calls a template function; functions the renderer does not model yield UNKNOWN. */
export function callFunction(name: string, args: Value[], ctx: CallContext): Value {
  const fn = TABLE.get(name);
  return fn ? fn(args, ctx) : UNKNOWN;
}
