import { dupes, err, isObj, str } from './fields';
import type { ChangeHandler, ErrorDetail, ProductDoc } from './types';

/* AddDimensions and UpdateDimensions (reference §9.1; codes §5.3). Both DetailsDocuments are arrays. */

const KEY_RE = /^[A-Za-z0-9_.-]+$/;
const UNITS = [
  'GB',
  'Gbps',
  'HostHrs',
  'Hosts',
  'MB',
  'Mbps',
  'Requests',
  'TaskHrs',
  'TB',
  'TierHrs',
  'UnitHrs',
  'Units',
  'UserHrs',
  'Users',
];
const TYPES = ['Entitled', 'Metered', 'ExternallyMetered'];
const MAX_DIMENSIONS = 200;
type Dimension = ProductDoc['Dimensions'][number];

function tooLong(d: Record<string, unknown>, field: string, max: number): ErrorDetail[] {
  const v = d[field];
  if (v === undefined) return [];
  if (typeof v !== 'string' || v.length > max)
    return [err('INVALID_INPUT', `${field} must be a string of at most ${max} characters.`)];
  return [];
}

function checkTypes(v: unknown, key: string): ErrorDetail[] {
  if (!Array.isArray(v) || v.length < 1 || v.length > 3)
    return [err('MISSING_DATA', `Provide 1 to 3 Types for dimension ${key}.`)];
  const bad = v.filter((t) => typeof t !== 'string' || !TYPES.includes(t));
  // The code is spelt IINVALID_TYPE in AWS's documentation (sic, reference §5.3).
  if (bad.length)
    return [err('IINVALID_TYPE', `Types of dimension ${key} must be among ${TYPES.join(', ')}.`)];
  if (dupes(v as string[]).length) return [err('IINVALID_TYPE', `Types of dimension ${key} repeat.`)];
  return [];
}

const notArray = () => [err('INVALID_INPUT', 'The DetailsDocument must be an array of dimensions.')];

/** AddDimensions: new pricing dimensions, keys unique within the product. */
export const addDimensions: ChangeHandler = (_ctx, product, details) => {
  if (!Array.isArray(details) || !details.length) return notArray();
  const out: ErrorDetail[] = [];
  const added: Dimension[] = [];
  for (const raw of details) {
    if (!isObj(raw)) {
      out.push(...notArray());
      continue;
    }
    const key = str(raw.Key);
    const missing = ['Key', 'Name', 'Unit', 'Types'].filter((f) => raw[f] === undefined);
    if (missing.length) {
      out.push(err('MISSING_DATA', `Provide ${missing.join(', ')} for each dimension.`));
      continue;
    }
    if (!key || key.length > 100 || !KEY_RE.test(key))
      out.push(err('INVALID_INPUT', `Dimension Key must be 1 to 100 of A-Z, a-z, 0-9, '_', '.', '-'.`));
    out.push(...tooLong(raw, 'Name', 500), ...tooLong(raw, 'Description', 1000));
    if (typeof raw.Unit !== 'string' || !UNITS.includes(raw.Unit))
      out.push(err('INVALID_UNIT', `Unit of dimension ${key} must be one of ${UNITS.join(', ')}.`));
    out.push(...checkTypes(raw.Types, String(key)));
    added.push({
      Key: String(key),
      Name: String(raw.Name),
      ...(typeof raw.Description === 'string' ? { Description: raw.Description } : {}),
      Unit: String(raw.Unit),
      Types: raw.Types as string[],
    });
  }
  const keys = [...product.Dimensions, ...added].map((d) => d.Key);
  if (dupes(keys).length)
    out.push(err('INVALID_DIMENSION', `Dimension keys must be unique: [${dupes(keys).join(', ')}].`));
  if (keys.length > MAX_DIMENSIONS)
    out.push(err('INVALID_DIMENSION', `A product can have at most ${MAX_DIMENSIONS} dimensions.`));
  if (out.length) return out;
  product.Dimensions.push(...added);
  return [];
};

const sameTypes = (a: string[], b: unknown) =>
  Array.isArray(b) && a.length === b.length && a.every((t) => b.includes(t));

/** UpdateDimensions: a new Name or Description for dimensions identified by Key and Types. */
export const updateDimensions: ChangeHandler = (_ctx, product, details) => {
  if (!Array.isArray(details) || !details.length) return notArray();
  const out: ErrorDetail[] = [];
  const updates: [Dimension, Record<string, unknown>][] = [];
  for (const raw of details) {
    if (!isObj(raw)) {
      out.push(...notArray());
      continue;
    }
    out.push(...tooLong(raw, 'Name', 500), ...tooLong(raw, 'Description', 1000));
    if (raw.Name === undefined && raw.Description === undefined)
      out.push(err('INVALID_INPUT', `Provide a Name or Description to update dimension ${str(raw.Key)}.`));
    const target = product.Dimensions.find((d) => d.Key === raw.Key && sameTypes(d.Types, raw.Types));
    if (!target)
      out.push(
        err('INVALID_DIMENSION', `The product has no dimension with Key ${str(raw.Key)} and these Types.`),
      );
    else updates.push([target, raw]);
  }
  if (out.length) return out;
  for (const [d, raw] of updates) {
    if (typeof raw.Name === 'string') d.Name = raw.Name;
    if (typeof raw.Description === 'string') d.Description = raw.Description;
  }
  return [];
};
