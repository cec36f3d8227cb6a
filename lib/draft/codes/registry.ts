import { RULES } from '@/lib/policy';
import { fieldTarget } from '../fields/ids';
import { EKS_CODES } from './eks';
import type { CodeFacts } from './facts';
import { HELM_CODES } from './helm';
import { IMAGES_CODES } from './images';
import { OPTIONS_CODES } from './options';
import { PRODUCT_CODES } from './product';
import { VERSION_CODES } from './version';

/*
 * THE code registry: every asynchronous error code with how Wharf decides it, its explanation,
 * advice and field. Which rules decide a code is read from the rules themselves (source.code), so
 * that fact stays written once, in lib/policy.
 */
export const CODES: Readonly<Record<string, CodeFacts>> = {
  ...IMAGES_CODES,
  ...HELM_CODES,
  ...EKS_CODES,
  ...OPTIONS_CODES,
  ...VERSION_CODES,
  ...PRODUCT_CODES,
};

/** One row of the codes table (rules page, docs/rules.md). */
export interface CodeEntry {
  code: string;
  status: CodeFacts['decided'];
  /** Rules that prevent it (each rule's source.code, or the alias's). */
  ruleIds: string[];
  /** What the seller can do, or a note on how the code is covered. */
  advice: string;
  explanation: string;
  /** The label of the field it concerns. */
  fieldLabel: string;
}

const rulesFor = (code: string) => RULES.filter((r) => r.source.code === code).map((r) => r.id);

/** Every seed 001 error code and how Wharf handles it, sorted by code. */
export const CODE_TABLE: readonly CodeEntry[] = Object.entries(CODES)
  .filter(([, c]) => !c.isOutsideSeed001)
  .map(([code, c]) => ({
    code,
    status: c.decided,
    ruleIds: rulesFor(c.alias ?? code),
    advice: c.advice ?? 'Checked before submission.',
    explanation: c.explanation,
    fieldLabel: fieldTarget(c.field)?.label ?? '',
  }))
  .sort((a, b) => a.code.localeCompare(b.code));
