'use client';
import { Button, ButtonLink } from '@/components/ui';

/** Cancel, Previous and Next under each step. */
export function StepButtons({
  current,
  last,
  onGo,
  onNext,
}: {
  current: number;
  last: number;
  onGo: (i: number) => void;
  onNext: () => void;
}) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <ButtonLink href="/drafts" variant="link">
        Cancel
      </ButtonLink>
      {/* Keep focus in the field on mousedown: its blur would show an error, move these buttons and swallow the click. */}
      {current > 0 ? (
        <Button variant="normal" onMouseDown={(e) => e.preventDefault()} onClick={() => onGo(current - 1)}>
          Previous
        </Button>
      ) : null}
      {current < last ? (
        <Button variant="primary" onMouseDown={(e) => e.preventDefault()} onClick={onNext}>
          Next
        </Button>
      ) : null}
    </div>
  );
}
