import type { ReactNode } from 'react';
import { cn } from './cn';

interface KeyValueItem {
  label: ReactNode;
  value: ReactNode;
  /** Shown after the label, typically an "Info" link. */
  info?: ReactNode;
}

export interface KeyValuePairsProps {
  items: readonly KeyValueItem[];
  columns?: 1 | 2 | 3 | 4;
  className?: string;
}

// Literal class names so Tailwind sees them.
const grid: Record<1 | 2 | 3 | 4, string> = {
  1: 'grid-cols-1',
  2: 'grid-cols-1 sm:grid-cols-2',
  3: 'grid-cols-1 sm:grid-cols-2 lg:grid-cols-3',
  4: 'grid-cols-1 sm:grid-cols-2 lg:grid-cols-4',
};

export function KeyValuePairs({ items, columns = 2, className }: KeyValuePairsProps) {
  return (
    <dl className={cn('grid gap-x-8 gap-y-4', grid[columns], className)}>
      {items.map((item, index) => (
        <div key={index} className="min-w-0">
          <dt className="flex flex-wrap items-baseline gap-x-2 font-bold text-slate-700">
            {item.label}
            {item.info ? <span className="font-normal">{item.info}</span> : null}
          </dt>
          <dd className="text-ink mt-0.5 break-words">{item.value ?? '–'}</dd>
        </div>
      ))}
    </dl>
  );
}
