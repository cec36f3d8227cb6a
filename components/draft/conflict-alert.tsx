'use client';
import { Alert, Button } from '@/components/ui';

/** Shown when a save was refused because someone else saved first: nothing is overwritten silently. */
export function ConflictAlert({
  message,
  onReload,
  onKeepMine,
  canKeep,
}: {
  message?: string;
  onReload: () => void;
  onKeepMine: () => void;
  canKeep: boolean;
}) {
  return (
    <Alert
      type="warning"
      header="This draft was changed somewhere else"
      action={
        <div className="flex gap-2">
          <Button variant="normal" onClick={onReload}>
            Reload their version
          </Button>
          {canKeep ? (
            <Button variant="primary" onClick={onKeepMine}>
              Keep my copy
            </Button>
          ) : null}
        </div>
      }
    >
      {message ?? 'Someone else saved this draft after you opened it.'} Your changes are still on this page
      and have not been saved. Reload to see their version (your changes here are dropped), or keep your copy
      to save it over theirs.
    </Alert>
  );
}
