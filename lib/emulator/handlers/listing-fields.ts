import { invalid } from '../errors';
import { isObject } from './validate';

/*
 * Synchronous checks of CreateProduct and UpdateInformation (reference §9.1 field table): lengths, list
 * sizes and control characters are refused before a change set exists; the rest is decided asynchronously.
 */

const TEXT_LIMITS: Record<string, number> = {
  ProductTitle: 72,
  ShortDescription: 1000,
  LongDescription: 5000,
  Sku: 100,
  SupportDescription: 2000,
};
const LISTS: Record<string, { min: number; max: number; each?: number }> = {
  Highlights: { min: 1, max: 3, each: 500 },
  SearchKeywords: { min: 1, max: 15, each: 50 },
  Categories: { min: 1, max: 3 },
  AdditionalResources: { min: 0, max: 3 },
  VideoUrls: { min: 0, max: 1 },
};
/** C0 controls and DEL, except tab, line feed and carriage return. */
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function text(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string') throw invalid(field, `${field} must be a string.`);
  if (v.length > max) throw invalid(field, `${field} must be at most ${max} characters long.`);
  if (CONTROL_RE.test(v)) throw invalid(field, `${field} must not contain control characters.`);
  return v;
}

export function checkListingFields(changeType: string, doc: unknown, at: string): void {
  if (changeType !== 'CreateProduct' && changeType !== 'UpdateInformation') return;
  if (!isObject(doc)) return;
  const field = (k: string) => `${at}.DetailsDocument.${k}`;
  for (const [k, max] of Object.entries(TEXT_LIMITS))
    if (doc[k] !== undefined && doc[k] !== null) text(doc[k], field(k), max);
  if (changeType === 'CreateProduct') return;
  for (const [k, { min, max, each }] of Object.entries(LISTS)) {
    const v = doc[k];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v) || v.length < min || v.length > max)
      throw invalid(field(k), `${field(k)} must be a list of ${min} to ${max} items.`);
    v.forEach((item, i) => {
      if (k === 'AdditionalResources') {
        if (isObject(item) && item.Text !== undefined) text(item.Text, `${field(k)}[${i}].Text`, 500);
      } else text(item, `${field(k)}[${i}]`, each ?? 2048);
    });
  }
  const keywords = Array.isArray(doc.SearchKeywords) ? doc.SearchKeywords.join('') : '';
  if (keywords.length > 250)
    throw invalid(field('SearchKeywords'), 'Search keywords must be no more than 250 combined characters.');
}
