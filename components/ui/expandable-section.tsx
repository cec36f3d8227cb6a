import type { ReactNode } from 'react';
import { cn } from './cn';
import { ChevronRightIcon } from './icons';

export interface ExpandableSectionProps {
  header: ReactNode;
  /** Shown under the header, e.g. what the section holds. */
  description?: ReactNode;
  defaultExpanded?: boolean;
  /** 'default' is inline; 'container' is a white card of its own. */
  variant?: 'default' | 'container';
  className?: string;
  children: ReactNode;
}

/** Built on <details>/<summary>: keyboard and screen-reader support with no JavaScript. */
export function ExpandableSection({
  header,
  description,
  defaultExpanded = false,
  variant = 'default',
  className,
  children,
}: ExpandableSectionProps) {
  const isContainer = variant === 'container';
  return (
    <details
      open={defaultExpanded}
      className={cn('group', isContainer && 'shadow-card rounded-2xl bg-white', className)}
    >
      <summary
        className={cn(
          'flex cursor-pointer list-none items-start gap-1.5 [&::-webkit-details-marker]:hidden',
          isContainer ? 'rounded-2xl px-5 py-3' : 'rounded-md py-1',
        )}
      >
        <ChevronRightIcon className="mt-0.5 text-slate-600 transition-transform group-open:rotate-90" />
        <span className="min-w-0">
          <span className={cn('block font-bold', isContainer && 'text-lg/6')}>{header}</span>
          {description ? <span className="text-ink-secondary block">{description}</span> : null}
        </span>
      </summary>
      <div className={cn(isContainer ? 'px-5 pb-5' : 'pt-2 pl-5.5')}>{children}</div>
    </details>
  );
}
