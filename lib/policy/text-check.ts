import { CONTROL_MULTILINE, CONTROL_SINGLELINE, SPACE_BEFORE_TM } from './patterns';

/** What a free-text field must satisfy. */
export interface TextSpec {
  label: string;
  max: number;
  required: boolean;
  /** Reject leading whitespace (shape pattern `^\S+[\S\s]*`). */
  noLeadingSpace?: boolean;
  multiline?: boolean;
}

/**
 * Messages for one text field, in the words of seed 001's INVALID_* errors. `present` is false when
 * the field is absent, which is allowed when not required (UpdateDeliveryOptions).
 */
export function textProblems(value: unknown, spec: TextSpec): string[] {
  if (typeof value !== 'string' || value.length < 64) return compute(value, spec);
  // Long texts (usage instructions, release notes) are re-checked on every keystroke elsewhere in the
  // form; V8 caches a string's hash, so this lookup is cheap while scanning 4,000 characters is not.
  const key = `${spec.label}|${spec.max}|${spec.required}|${spec.noLeadingSpace}|${spec.multiline}`;
  let memo = MEMO.get(key);
  if (!memo) MEMO.set(key, (memo = new Map()));
  let hit = memo.get(value);
  if (!hit) {
    hit = compute(value, spec);
    if (memo.size >= 512) memo.clear();
    memo.set(value, hit);
  }
  return hit;
}

const MEMO = new Map<string, Map<string, string[]>>();
const TM = /[™®℠]/;

function compute(value: unknown, spec: TextSpec): string[] {
  if (value === undefined || value === null) return spec.required ? [`Provide ${spec.label}.`] : [];
  if (typeof value !== 'string') return [`${cap(spec.label)} must be text.`];
  if (value.trim().length === 0) return [`Provide ${spec.label}; it is empty.`];
  const out: string[] = [];
  if (value.length > spec.max)
    out.push(`${cap(spec.label)} has ${value.length} characters; at most ${spec.max} are allowed.`);
  if (spec.noLeadingSpace && /^\s/.test(value))
    out.push(`Remove spaces from the beginning of ${spec.label}.`);
  if (TM.test(value) && SPACE_BEFORE_TM.test(value))
    out.push(`Remove spaces before the trademark symbol in ${spec.label}.`);
  if ((spec.multiline ? CONTROL_MULTILINE : CONTROL_SINGLELINE).test(value))
    out.push(`Remove unsupported control characters from ${spec.label}.`);
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
