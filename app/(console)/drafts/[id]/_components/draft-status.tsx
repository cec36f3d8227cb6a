'use client';
import { Alert } from '@/components/ui';
import { ConflictAlert } from '@/components/draft/conflict-alert';
import { SaveStatus } from '@/components/draft/save-status';
import type { useDraftAutosave } from '@/lib/query/use-draft-autosave';
import { DraftReviewPanel } from '@/components/reviews/draft-review-panel';
import type { ReviewState } from '@/lib/reviews/state';

/** Above the wizard: save state and revision, a save conflict, refused confirmations, and the review state. */
export function DraftStatus({
  draftId,
  save,
  isEditable,
  isOpen,
  review,
}: {
  draftId: string;
  save: ReturnType<typeof useDraftAutosave>;
  isEditable: boolean;
  isOpen: boolean;
  /** Already at the wizard's revision (see atRevision). */
  review: ReviewState;
}) {
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <SaveStatus
          state={isEditable ? save.state : 'readonly'}
          savedAt={save.savedAt}
          message={save.message}
        />
        <span className="text-xs text-slate-500">Revision {save.revision}</span>
      </div>
      {save.state === 'conflict' ? (
        <div className="mb-4">
          <ConflictAlert
            message={save.message}
            canKeep={isOpen}
            onReload={() => window.location.reload()}
            onKeepMine={() => void save.keepMine()}
          />
        </div>
      ) : null}
      {save.refused.length > 0 ? (
        <Alert
          type="error"
          className="mb-4"
          header="Not confirmed: the evidence contradicts it"
          onDismiss={save.dismissRefused}
        >
          {save.refused.map((r) => (
            <p key={r.rule}>{r.message}</p>
          ))}
          <p>Everything else you entered was saved.</p>
        </Alert>
      ) : null}
      {isOpen ? (
        <DraftReviewPanel
          draftId={draftId}
          revision={save.revision}
          state={review}
          canRequest={isEditable}
          isSaving={save.state === 'saving' || save.state === 'dirty'}
        />
      ) : null}
    </>
  );
}
