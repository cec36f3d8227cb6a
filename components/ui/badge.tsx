import type { ReactNode } from 'react';
import { cn } from './cn';

type BadgeColor = 'grey' | 'blue' | 'green' | 'red' | 'amber';

export interface BadgeProps {
  color?: BadgeColor;
  className?: string;
  children: ReactNode;
}

// Solid Cloudscape badges; every pair passes 4.5:1 contrast.
const colors: Record<BadgeColor, string> = {
  grey: 'bg-slate-600 text-white',
  blue: 'bg-status-info text-white',
  green: 'bg-status-success text-white',
  red: 'bg-status-error text-white',
  amber: 'bg-amber-300 text-ink',
};

export function Badge({ color = 'grey', className, children }: BadgeProps) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2 py-px text-xs/4 font-bold whitespace-nowrap',
        colors[color],
        className,
      )}
    >
      {children}
    </span>
  );
}
