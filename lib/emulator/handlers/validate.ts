import { invalid } from '../errors';
import { CATALOG } from '../wire';

/* Synchronous checks from the model (reference §10.3). Each throws a ValidationException naming the field. */

export function requireCatalog(value: unknown, field = 'Catalog'): void {
  if (value === undefined || value === null || value === '') throw invalid(field, `${field} is required.`);
  if (value !== CATALOG) throw invalid(field, `${field} must be ${CATALOG}.`);
}

export function optString(
  v: unknown,
  field: string,
  min: number,
  max: number,
  pattern?: RegExp,
): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalid(field, `${field} must be a string.`);
  if (v.length < min || v.length > max)
    throw invalid(field, `${field} must be between ${min} and ${max} characters long.`);
  if (pattern && !pattern.test(v))
    throw invalid(field, `${field} must satisfy the pattern ${pattern.source}.`);
  return v;
}

export function reqString(v: unknown, field: string, min: number, max: number, pattern?: RegExp): string {
  const s = optString(v, field, min, max, pattern);
  if (s === undefined) throw invalid(field, `${field} is required.`);
  return s;
}

export function optList(v: unknown, field: string, min: number, max: number): unknown[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw invalid(field, `${field} must be a list.`);
  if (v.length < min || v.length > max)
    throw invalid(field, `${field} must contain between ${min} and ${max} items.`);
  return v;
}

export function optInt(v: unknown, field: string, min: number, max: number): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw invalid(field, `${field} must be an integer between ${min} and ${max}.`);
  return v;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

export function optObject(v: unknown, field: string): Record<string, unknown> | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw invalid(field, `${field} must be an object.`);
  return v;
}

const TAG_RE = /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u;
export interface Tag {
  Key: string;
  Value: string;
}

export function tagList(v: unknown, field: string, required = false): Tag[] | undefined {
  const list = optList(v, field, 1, 200);
  if (!list) {
    if (required) throw invalid(field, `${field} is required.`);
    return undefined;
  }
  const tags = list.map((t, i) => {
    const o = optObject(t, `${field}[${i}]`) ?? {};
    return {
      Key: reqString(o.Key, `${field}[${i}].Key`, 1, 128, TAG_RE),
      Value: reqString(o.Value, `${field}[${i}].Value`, 0, 256, TAG_RE),
    };
  });
  if (new Set(tags.map((t) => t.Key)).size !== tags.length)
    throw invalid(field, `${field} contains duplicate keys.`);
  return tags;
}

export const RESOURCE_ARN_RE =
  /^arn:[\w+=/,.@-]+:aws-marketplace:[\w+=/,.@-]*:[0-9]+:[\w+=,.@-]+(\/[\w+=,.@-]+)*$/;
export const RESOURCE_ID_RE = /^[\w-]+$/;
export const BATCH_ENTITY_ID_RE = /^[a-zA-Z0-9][.a-zA-Z0-9/-]+[a-zA-Z0-9]$/;
