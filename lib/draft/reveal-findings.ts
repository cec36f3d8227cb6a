/*
 * When a checklist finding is shown as an error, and when it waits as "to complete". Pure: the
 * wizard's checklist and its inline field errors read the same answer. Presentation only: the
 * verdict (what blocks submission) is `evaluateDraft`'s and does not change here.
 */

import type { Finding } from '@/lib/policy';
import { fieldForPolicyPath } from './builders';
import { isChartFindingPath } from './charts';

/** What the seller has done so far in this wizard. */
export interface RevealState {
  /** react-hook-form's `touchedFields` (nested objects and arrays of `true`). */
  touched: unknown;
  /** The form's current values. */
  values: unknown;
  /** The Review step was reached, a submit was tried, or the seller asked to see all findings. */
  revealAll: boolean;
}

/** The value at a dotted form path ("options.0.images.1.uri"), or undefined. */
export function valueAtPath(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      root,
    );
}

/** True for anything the seller (or the live version the draft came from) has put in a field. */
export function hasContent(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.some(hasContent);
  if (typeof v === 'object') return Object.values(v).some(hasContent);
  return true;
}

/**
 * Whether a finding on `field` is shown now. A finding with no form field (a request-wide rule, a
 * chart) is always shown; a field's finding waits while the field is untouched and empty, until
 * `revealAll`.
 */
export function isRevealed(field: string | undefined, s: RevealState): boolean {
  if (s.revealAll || field === undefined) return true;
  return revealedAt(valueAtPath(s.touched, field), valueAtPath(s.values, field), false);
}

/** The same answer for one field, given what `touchedFields` and the form hold at it. */
export function revealedAt(touched: unknown, value: unknown, revealAll: boolean): boolean {
  return revealAll || hasContent(touched) || hasContent(value);
}

/**
 * The checklist's "waits" predicate: an error finding whose form field is not revealed yet. Chart
 * findings (from an upload the seller made) and request-wide ones always show.
 */
export function pendingFinding(s: RevealState, optionIndex: readonly number[]) {
  return (f: Finding): boolean =>
    f.severity === 'error' &&
    !isChartFindingPath(f.path) &&
    !isRevealed(fieldForPolicyPath(f.path, optionIndex), s);
}
