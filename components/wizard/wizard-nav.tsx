'use client';
import { cn } from '@/components/ui';
import type { WizardStep } from './steps';

/** The step list beside the wizard (Cloudscape: "Step n" then the title; steps ahead are not links). */
export function WizardNav({
  steps,
  current,
  furthest,
  onGo,
}: {
  steps: readonly WizardStep[];
  current: number;
  furthest: number;
  onGo: (i: number) => void;
}) {
  return (
    <nav aria-label="Steps" className="w-full lg:w-52 lg:shrink-0">
      <ol className="flex flex-col gap-3">
        {steps.map((s, i) => {
          const reachable = i <= furthest;
          return (
            <li key={s.id} className="flex flex-col">
              <span className="text-xs text-slate-500">Step {i + 1}</span>
              {reachable && i !== current ? (
                <button
                  type="button"
                  onClick={() => onGo(i)}
                  className="text-left text-sm font-medium text-blue-700 hover:underline"
                >
                  {s.title}
                </button>
              ) : (
                <span
                  aria-current={i === current ? 'step' : undefined}
                  className={cn('text-sm', i === current ? 'text-ink font-bold' : 'text-slate-400')}
                >
                  {s.title}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
