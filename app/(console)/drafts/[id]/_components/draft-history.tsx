import Link from 'next/link';
import { ChangeSetStatus } from '@/components/change-set/change-set-status';
import { formatTime } from '@/components/ui/format-time';
import { Badge, Container, Header } from '@/components/ui';
import type { HistoryEntry } from '@/lib/server/drafts/history-view';

/** Each submitted revision: its change sets, their status, and what AWS said (explained). */
export function DraftHistory({ entries }: { entries: HistoryEntry[] }) {
  if (!entries.length) return null;
  return (
    <Container
      header={
        <Header variant="h2" description="Every revision of this draft that was submitted, newest first.">
          History
        </Header>
      }
    >
      <ol className="space-y-4" aria-label="Submitted revisions">
        {entries.map((e) => (
          <li key={e.revision} className="space-y-2">
            <p className="font-semibold">
              Revision {e.revision}{' '}
              <span className="font-normal text-slate-600">submitted {formatTime(e.submittedAt)}</span>
            </p>
            <ul className="space-y-2 pl-4">
              {e.changeSets.map((cs, i) => (
                <li key={cs.id} className="rounded border border-slate-200 p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/change-sets/${encodeURIComponent(cs.id)}`} className="font-mono text-sm">
                      {cs.id}
                    </Link>
                    <ChangeSetStatus status={cs.status} />
                    {cs.failureCode ? <Badge color="grey">{cs.failureCode}</Badge> : null}
                    {i > 0 ? <span className="text-sm text-slate-600">(submitted again)</span> : null}
                  </p>
                  {cs.errors.length ? (
                    <ul className="mt-2 space-y-1 text-sm">
                      {cs.errors.map((err, k) => (
                        <li key={`${err.code}-${k}`}>
                          <Badge color="red">{err.code}</Badge> {err.explanation}
                          {err.field ? <> Field: {err.field.label}.</> : null}{' '}
                          <span className="text-slate-600">
                            AWS said: <q className="break-words">{err.message}</q>
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : cs.failureDescription && cs.status === 'FAILED' ? (
                    <p className="mt-2 text-sm text-slate-700">AWS said: {cs.failureDescription}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </Container>
  );
}
