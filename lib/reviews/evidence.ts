/*
 * The field values a rule looked at, read from the StartChangeSet request the verdict was computed
 * on: by a finding's exact path, or by the rule's `field` pattern (RuleMeta.field) for passing rules.
 * Pure.
 */
import { isChartFindingPath } from '@/lib/draft/charts';

/** One value the reviewer sees next to a rule: where in the request, and what it held (shortened). */
export interface EvidenceValue {
  path: string;
  value: string;
}

const MAX_VALUE_CHARS = 240;
const MAX_VALUES = 12;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as one line of text, cut to a length a page can show. */
export function showValue(v: unknown, max = MAX_VALUE_CHARS): string {
  const text = v === undefined ? '(not set)' : typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Steps of a path such as "ChangeSet[0].DetailsDocument.DeliveryOptions[1].Details". */
function stepsOf(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** The value at an exact request path, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const s of stepsOf(path)) {
    if (typeof s === 'number') v = Array.isArray(v) ? v[s] : undefined;
    else v = isObject(v) && Object.hasOwn(v, s) ? v[s] : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

/* Walks a pattern ("X[]" each element of X, "*" each member) from one starting point. */
function walk(v: unknown, at: string, parts: string[], out: EvidenceValue[], limit: number): void {
  if (out.length >= limit || v === undefined) return;
  const [head, ...rest] = parts;
  if (head === undefined) {
    out.push({ path: at, value: showValue(v) });
    return;
  }
  if (head === '*') {
    if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`, rest, out, limit);
    return;
  }
  const each = head.endsWith('[]');
  const key = each ? head.slice(0, -2) : head;
  const x = key === '' ? v : isObject(v) && Object.hasOwn(v, key) ? v[key] : undefined;
  const here = key === '' ? at : at ? `${at}.${key}` : key;
  if (!each) return walk(x, here, rest, out, limit);
  if (Array.isArray(x)) x.forEach((y, i) => walk(y, `${here}[${i}]`, rest, out, limit));
}

/**
 * The values a `field` pattern names. Patterns are written from the DetailsDocument
 * ("DeliveryOptions[].Details.*.ContainerImages[]"), from a change ("Entity.Identifier") or from the
 * request ("ChangeSet[].ChangeType"); a list ("A, B") is each of its parts.
 */
export function valuesMatching(request: unknown, pattern: string, limit = MAX_VALUES): EvidenceValue[] {
  const out: EvidenceValue[] = [];
  const changes = valueAt(request, 'ChangeSet');
  for (const p of pattern.split(/,\s*/)) {
    const parts = p.trim().split('.').filter(Boolean);
    if (parts.length === 0) continue;
    if (p.startsWith('ChangeSet')) {
      walk(request, '', parts, out, limit);
      continue;
    }
    if (!Array.isArray(changes)) continue;
    changes.forEach((c, i) => {
      const before = out.length;
      walk(c, `ChangeSet[${i}]`, parts, out, limit);
      if (out.length === before && isObject(c))
        walk(c.DetailsDocument, `ChangeSet[${i}].DetailsDocument`, parts, out, limit);
    });
  }
  return out.slice(0, limit);
}

/**
 * Evidence of one rule: the values at its findings' paths, or else the values its pattern names.
 * Chart findings point into the chart, not the request: their file:line is the chart block's.
 */
export function evidenceOf(
  request: unknown,
  rule: { field: string },
  findings: readonly { path: string }[],
): EvidenceValue[] {
  if (findings.some((f) => isChartFindingPath(f.path))) return [];
  const paths = [...new Set(findings.map((f) => f.path).filter(Boolean))];
  if (paths.length === 0) return valuesMatching(request, rule.field);
  return paths.slice(0, MAX_VALUES).map((path) => ({ path, value: showValue(valueAt(request, path)) }));
}
