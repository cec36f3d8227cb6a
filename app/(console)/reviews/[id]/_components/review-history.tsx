import { Container, Header, StatusIndicator } from '@/components/ui';
import type { ReviewEvent } from '@/lib/reviews/state';

/** Every review request and verdict of the draft, newest first, with the revision each was about. */
export function ReviewHistory({ events, revision }: { events: ReviewEvent[]; revision: number }) {
  return (
    <Container header={<Header variant="h2">History</Header>}>
      {events.length ? (
        <ol className="flex flex-col gap-3 text-sm">
          {events.map((e, i) => (
            <li key={i}>
              <StatusIndicator
                type={e.kind === 'request' ? 'pending' : e.verdict === 'approved' ? 'success' : 'error'}
              >
                {`${e.kind === 'request' ? 'Review requested' : e.verdict === 'approved' ? 'Approved' : 'Changes requested'} · revision ${e.draftRevision}${e.draftRevision === revision ? '' : ' (earlier)'}`}
              </StatusIndicator>
              <div className="text-slate-600">
                {e.userName}, <time dateTime={e.at.toISOString()}>{e.at.toLocaleString()}</time>
              </div>
              {e.comment ? <p className="mt-1 whitespace-pre-wrap">{e.comment}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm">No review has been requested or given yet.</p>
      )}
    </Container>
  );
}
