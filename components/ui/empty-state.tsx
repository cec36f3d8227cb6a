import type { ReactNode } from 'react';
import { cn } from './cn';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** Usually one normal Button or ButtonLink, e.g. "Create product". */
  action?: ReactNode;
  className?: string;
}

export function EmptyState({ title, description, action, className }: EmptyStateProps) {
  return (
    <div className={cn('text-ink-secondary flex flex-col items-center gap-1 py-4 text-center', className)}>
      <p className="text-ink-secondary font-bold">{title}</p>
      {description ? <div className="max-w-prose">{description}</div> : null}
      {action ? <div className="mt-3">{action}</div> : null}
    </div>
  );
}
