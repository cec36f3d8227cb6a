import type { ValidationField } from '../errors';
import TABLE from './constraints.json';

/* Enforces the model's constraints table (scripts/gen-catalog-model.mjs) on every operation's input. */

export interface Constraint {
  path: string;
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  /** A model pattern the real service does not apply literally: what it applies instead, and why. */
  exception?: { applied: string; reason: string };
}

interface Operation {
  method: string;
  /** Members sent as query parameters: member name → parameter name. */
  query: Record<string, string>;
  constraints: Constraint[];
}

export const MODEL_OPERATIONS = TABLE.operations as Record<string, Operation>;

const compiled = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = compiled.get(source);
  // Only the \p{…} patterns need Unicode mode, which would reject the model's `\-` outside classes.
  if (!re) compiled.set(source, (re = new RegExp(source, source.includes('\\p{') ? 'u' : '')));
  return re;
}

/** The values at a member path such as ChangeSet[].Entity.Type, each with its concrete path. */
function valuesAt(value: unknown, tokens: string[], at: string): [string, unknown][] {
  if (value === undefined || value === null) return [];
  const [head, ...rest] = tokens;
  if (head === undefined) return [[at, value]];
  if (head === '[]')
    return Array.isArray(value) ? value.flatMap((v, i) => valuesAt(v, rest, `${at}[${i}]`)) : [];
  if (typeof value !== 'object' || Array.isArray(value)) return [];
  return valuesAt((value as Record<string, unknown>)[head], rest, at ? `${at}.${head}` : head);
}

function violation(c: Constraint, v: unknown, field: string): string | undefined {
  const range = c.min !== undefined && c.max !== undefined ? `between ${c.min} and ${c.max}` : undefined;
  if (c.type === 'string' && typeof v === 'string') {
    if (c.enum && !c.enum.includes(v)) return `${field} must be one of: ${c.enum.join(', ')}.`;
    if ((c.min !== undefined && v.length < c.min) || (c.max !== undefined && v.length > c.max))
      return `${field} must be ${range} characters long.`;
    const pattern = c.exception?.applied ?? c.pattern;
    if (pattern && !regex(pattern).test(v)) return `${field} must satisfy the pattern ${pattern}.`;
  }
  if (c.type === 'list' && Array.isArray(v))
    if ((c.min !== undefined && v.length < c.min) || (c.max !== undefined && v.length > c.max))
      return `${field} must contain ${range} items.`;
  if (c.type === 'integer' && typeof v === 'number')
    if ((c.min !== undefined && v < c.min) || (c.max !== undefined && v > c.max))
      return `${field} must be an integer ${range}.`;
  return undefined;
}

/** The input as the model sees it: the JSON body, or the query parameters under their member names. */
export function inputOf(op: string, body: Record<string, unknown>, query: URLSearchParams) {
  const model = MODEL_OPERATIONS[op];
  if (!model || !Object.keys(model.query).length) return body;
  return Object.fromEntries(
    Object.entries(model.query).flatMap(([member, name]) =>
      query.has(name) ? [[member, query.get(name)]] : [],
    ),
  );
}

/** Every constraint the input breaks, as ValidationException fields. */
export function modelViolations(op: string, input: Record<string, unknown>): ValidationField[] {
  const model = MODEL_OPERATIONS[op];
  if (!model) return [];
  return model.constraints.flatMap((c) =>
    valuesAt(input, c.path.match(/\[\]|[^.[\]]+/g) ?? [], '').flatMap(([field, v]) => {
      const message = violation(c, v, field);
      return message ? [{ Reason: 'FieldValidationFailed' as const, Field: field, Message: message }] : [];
    }),
  );
}
