import Link from 'next/link';
import { Badge, ButtonLink, ExternalLinkIcon } from '@/components/ui';
import { FINDINGS_RETENTION_DAYS } from '@/lib/tracking/explain-constants';
import type { ExplainedError } from '@/lib/tracking/explain';
import { formatTime } from './tracking-meta';

/** Each ErrorDetailList entry: plain language, the rule and field, AWS's words, and "Fix in draft". */
export function ErrorList({ errors, canEditDrafts }: { errors: ExplainedError[]; canEditDrafts: boolean }) {
  return (
    <ul className="space-y-3">
      {errors.map((e, i) => (
        <li key={`${e.code}-${i}`} className="rounded-lg border border-red-200 bg-red-50/40 p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0 space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <Badge color="red">{e.code}</Badge>
                {e.field ? (
                  <span className="text-sm text-slate-700">
                    Field: <strong>{e.field.label}</strong>
                  </span>
                ) : null}
              </p>
              <p className="font-semibold text-slate-900">{e.explanation}</p>
              <p className="text-sm text-slate-800">
                <span className="font-semibold">How to fix: </span>
                {e.fix}
              </p>
              {e.rule ? (
                <p className="text-sm text-slate-700">
                  Checklist rule:{' '}
                  <Link href={`/rules#${e.rule.id}`}>
                    {e.rule.title} <span className="font-mono text-xs">({e.rule.id})</span>
                  </Link>
                </p>
              ) : null}
              <p className="text-sm text-slate-600">
                AWS said: <q className="break-words">{e.message}</q>
              </p>
              {e.field ? <p className="font-mono text-xs break-all text-slate-500">{e.field.path}</p> : null}
              {e.findingsUrl ? (
                <p className="text-sm">
                  <a
                    href={e.findingsUrl}
                    target="_blank"
                    rel="noreferrer"
                    className="inline-flex items-center gap-1"
                  >
                    Security findings <ExternalLinkIcon className="h-3.5 w-3.5" aria-hidden />
                  </a>{' '}
                  <span className={e.findingsExpired ? 'text-status-error' : 'text-slate-600'}>
                    {e.findingsExpiresAt
                      ? `${e.findingsExpired ? 'expired' : 'available until'} ${formatTime(e.findingsExpiresAt)} (${FINDINGS_RETENTION_DAYS} days after the change set ended)`
                      : `available for ${FINDINGS_RETENTION_DAYS} days after the change set ends`}
                  </span>
                </p>
              ) : null}
            </div>
            <div className="ml-auto max-w-56 shrink-0 space-y-1 text-right">
              <ButtonLink href={e.fixHref} variant={canEditDrafts ? 'primary' : 'normal'} size="sm">
                Fix in draft
              </ButtonLink>
              {!canEditDrafts ? (
                <p className="text-xs text-slate-600">
                  Only product managers can edit drafts. Share this link with one, or ask an admin for the
                  role.
                </p>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
