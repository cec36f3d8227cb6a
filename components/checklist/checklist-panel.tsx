'use client';

import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Evaluation } from '@/lib/policy';
import {
  AlertTriangleIcon,
  CheckCircleIcon,
  ClockIcon,
  ChevronDownIcon,
  ChevronRightIcon,
  InfoIcon,
  XCircleIcon,
} from '@/components/ui/icons';
import { ChecklistItem } from './checklist-item';
import {
  blockingNote,
  countsMessage,
  groupResults,
  shownCounts,
  type ChecklistSection,
  type IsPending,
} from '@/lib/checklist/group-results';
import { plural } from '@/lib/plural';

export interface ChecklistPanelProps {
  evaluation: Evaluation;
  /** Called with a finding's request path (e.g. "ChangeSet[0].DetailsDocument.Version.VersionTitle"). */
  onFocusField(path: string): void;
  onAttest?(ruleId: string, checked: boolean): void;
  /** Who ticked each manual item, by rule id (recorded with the draft). */
  attestations?: Record<string, { byName: string; at: string }>;
  readOnly?: boolean;
  /** Error findings that wait as "to complete" (untouched fields); without it every finding shows. */
  isPending?: IsPending;
  /** Names the delivery option a finding's path is about (see lib/draft/finding-places). */
  optionOf?(path: string): string | undefined;
  /** The panel's element id (the phone-width summary bar scrolls to it). */
  id?: string;
}

/* Keeps a callback's identity stable while always calling the latest one, so memoised items do not
   re-render just because the parent re-created its handler. */
function useStableCallback<A extends unknown[]>(fn: ((...args: A) => void) | undefined) {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  const stable = useCallback((...args: A) => ref.current?.(...args), []);
  return fn ? stable : undefined;
}

const SUMMARY = [
  { key: 'failed', label: 'Failed', Icon: XCircleIcon, color: 'text-red-600' },
  { key: 'toComplete', label: 'To complete', Icon: ClockIcon, color: 'text-slate-700' },
  { key: 'warnings', label: 'Warnings', Icon: AlertTriangleIcon, color: 'text-amber-600' },
  { key: 'manual', label: 'To confirm', Icon: InfoIcon, color: 'text-blue-700' },
  { key: 'passed', label: 'Passed', Icon: CheckCircleIcon, color: 'text-green-700' },
] as const;

function Section(
  props: { section: ChecklistSection; open: boolean; onToggle(title: string): void } & Omit<
    ChecklistPanelProps,
    'evaluation' | 'isPending'
  >,
) {
  const { section, open, onToggle, attestations, ...itemProps } = props;
  const bodyId = useId();
  const c = section.counts;
  const note =
    [
      c.failed && `${c.failed} failed`,
      c.toComplete && `${c.toComplete} to complete`,
      c.warnings && plural(c.warnings, 'warning'),
      c.manual && `${c.manual} to confirm`,
    ]
      .filter(Boolean)
      .join(', ') || 'all passed';
  return (
    <section className="border-t border-slate-200 first:border-t-0">
      <h3 className="text-sm">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onToggle(section.title)}
          className="flex w-full items-center gap-1.5 px-3 py-2 text-left font-semibold text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-700"
        >
          {open ? <ChevronDownIcon /> : <ChevronRightIcon />}
          <span>{section.title}</span>
          <span className="ml-auto text-[13px] font-normal text-slate-600">{note}</span>
        </button>
      </h3>
      <ul id={bodyId} hidden={!open} className="px-3 pb-2">
        {section.results.map((r) => (
          <ChecklistItem key={r.rule.id} result={r} attestedBy={attestations?.[r.rule.id]} {...itemProps} />
        ))}
      </ul>
    </section>
  );
}

function Panel(props: ChecklistPanelProps) {
  const { evaluation, onFocusField, onAttest, attestations, readOnly, isPending, optionOf } = props;
  const headingId = useId();
  const sections = useMemo(() => groupResults(evaluation, isPending), [evaluation, isPending]);
  // Sections follow their default (open when something needs attention) until the user toggles them.
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const toggle = useCallback(
    (title: string) =>
      setToggled((t) => ({
        ...t,
        [title]: !(t[title] ?? sections.find((s) => s.title === title)?.needsAttention),
      })),
    [sections],
  );
  const focus = useStableCallback(onFocusField) as (path: string) => void;
  const attest = useStableCallback(onAttest);
  const counts = useMemo(() => shownCounts(evaluation, isPending), [evaluation, isPending]);

  return (
    <aside
      id={props.id}
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white text-sm text-slate-800 shadow-sm"
    >
      <div className="border-b border-slate-200 px-3 py-2.5">
        <h2 id={headingId} tabIndex={-1} className="text-base font-semibold text-slate-900 outline-none">
          Checklist
        </h2>
        <ul className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-[13px]" aria-label="Summary">
          {SUMMARY.filter(({ key }) => key !== 'toComplete' || counts.toComplete > 0).map(
            ({ key, label, Icon, color }) => (
              <li key={key} className={`inline-flex items-center gap-1 ${color}`}>
                <Icon />
                <span>
                  {label}: <strong>{counts[key]}</strong>
                </span>
              </li>
            ),
          )}
        </ul>
        <p className="mt-1 text-[13px] text-slate-600">{blockingNote(evaluation.blocking, counts)}</p>
        <p role="status" aria-live="polite" className="sr-only">
          {countsMessage(counts)}
        </p>
      </div>
      {sections.map((s) => (
        <Section
          key={s.title}
          section={s}
          open={toggled[s.title] ?? s.needsAttention}
          onToggle={toggle}
          onFocusField={focus}
          onAttest={attest}
          optionOf={optionOf}
          attestations={attestations}
          readOnly={readOnly}
        />
      ))}
    </aside>
  );
}

/** The live compliance checklist shown beside every wizard. Memoised: compute `evaluation` with useDeferredValue. */
export const ChecklistPanel = memo(Panel);
