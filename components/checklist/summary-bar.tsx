'use client';

import { useMemo } from 'react';
import type { Evaluation } from '@/lib/policy';
import { ChevronUpIcon } from '@/components/ui/icons';
import { shownCounts, summaryLine, type IsPending } from '@/lib/checklist/group-results';

/**
 * Phone-width screens: the checklist sits below the form, so its counts stay in a bar fixed to the
 * bottom of the screen; the button brings the panel (`targetId`) into view and moves focus there.
 * Hidden from the lg breakpoint, where the panel is beside the form.
 */
export function ChecklistSummaryBar(p: { evaluation: Evaluation; isPending?: IsPending; targetId: string }) {
  const counts = useMemo(() => shownCounts(p.evaluation, p.isPending), [p.evaluation, p.isPending]);
  const open = () => {
    const panel = document.getElementById(p.targetId);
    panel?.scrollIntoView({ block: 'start' });
    panel?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  };
  return (
    <>
      <div aria-hidden="true" className="h-14 lg:hidden" />
      <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.06)] lg:hidden">
        <button
          type="button"
          onClick={open}
          aria-controls={p.targetId}
          className="flex w-full items-center justify-between gap-3 rounded-md px-2 py-1.5 text-left text-sm focus-visible:outline-2 focus-visible:outline-blue-700"
        >
          <span>
            <span className="font-semibold text-slate-900">Checklist</span>{' '}
            <span className="text-slate-700">{summaryLine(counts)}</span>
          </span>
          <span className="inline-flex items-center gap-1 font-medium text-blue-700">
            Open <ChevronUpIcon />
          </span>
        </button>
      </div>
    </>
  );
}
