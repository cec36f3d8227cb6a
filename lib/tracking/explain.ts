import { resolveErrorField, type ChangeLike } from '@/lib/draft/codes/error-field';
import { CODES } from '@/lib/draft/codes/registry';
import { RULES } from '@/lib/policy';
import { FINDINGS_RETENTION_DAYS } from './explain-constants';

/** One ErrorDetailList entry made readable, with where to fix it. */
export interface ExplainedError {
  code: string;
  /** AWS's own message, verbatim. */
  message: string;
  /** What it means, in plain language. */
  explanation: string;
  /** What to do about it. */
  fix: string;
  /** The rule of Wharf's checklist that prevents it, when there is one. */
  rule?: { id: string; title: string };
  field?: { path: string; label: string };
  /** SCAN_ERROR's findings file, when the message carries one, and when AWS stops serving it. */
  findingsUrl?: string;
  findingsExpiresAt?: string;
  findingsExpired?: boolean;
  fixHref: string;
}

export function findingsUrlOf(message: string): string | undefined {
  return /https?:\/\/\S+?\.json\b/.exec(message)?.[0];
}

/**
 * The "Fix in draft" deep link agreed with the wizard: the draft the change set came from, or a new
 * draft prefilled from this change when it was submitted elsewhere.
 */
export function fixInDraftHref(p: {
  changeSetId: string;
  draftId?: string | null;
  changeIndex: number;
  path?: string;
  code: string;
}): string {
  const q = new URLSearchParams();
  if (!p.draftId) {
    q.set('fromChangeSet', p.changeSetId);
    q.set('change', String(p.changeIndex));
  }
  if (p.path) q.set('focus', p.path);
  q.set('awsError', p.code);
  return p.draftId ? `/drafts/${encodeURIComponent(p.draftId)}?${q}` : `/drafts/new?${q}`;
}

export function explainError(
  error: { code: string; message: string },
  ctx: {
    change: ChangeLike;
    changeIndex: number;
    changeSetId: string;
    draftId?: string | null;
    endTime?: string | null;
  },
  now = Date.now(),
): ExplainedError {
  const entry = CODES[error.code];
  const rule = entry && RULES.find((r) => r.source.code === (entry.alias ?? error.code));
  const field = resolveErrorField(error.code, ctx.change, ctx.changeIndex, error.message);
  const advice = entry?.decided === 'not-decidable' ? entry.advice : undefined;
  return {
    code: error.code,
    message: error.message,
    explanation:
      entry?.explanation ?? `AWS Marketplace reported ${error.code.replaceAll('_', ' ').toLowerCase()}.`,
    fix: rule?.fix ?? advice ?? 'Correct the value named in AWS’s message, then submit again.',
    ...(rule ? { rule: { id: rule.id, title: rule.title } } : {}),
    ...(field ? { field } : {}),
    ...(error.code === 'SCAN_ERROR' && findingsUrlOf(error.message)
      ? findings(error.message, ctx.endTime, now)
      : {}),
    fixHref: fixInDraftHref({
      changeSetId: ctx.changeSetId,
      draftId: ctx.draftId,
      changeIndex: ctx.changeIndex,
      path: field?.path,
      code: error.code,
    }),
  };
}

function findings(message: string, endTime: string | null | undefined, now: number) {
  const expires = endTime
    ? new Date(new Date(endTime).getTime() + FINDINGS_RETENTION_DAYS * 86_400_000)
    : undefined;
  return {
    findingsUrl: findingsUrlOf(message),
    ...(expires && !Number.isNaN(expires.getTime())
      ? { findingsExpiresAt: expires.toISOString(), findingsExpired: expires.getTime() < now }
      : {}),
  };
}
