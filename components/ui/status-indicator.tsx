import type { ComponentType, ReactNode } from 'react';
import { cn } from './cn';
import {
  AlertTriangleIcon,
  CheckCircleIcon,
  ClockIcon,
  InfoIcon,
  SpinnerIcon,
  StoppedIcon,
  XCircleIcon,
  type IconProps,
} from './icons';

export type StatusType =
  'error' | 'warning' | 'success' | 'info' | 'stopped' | 'pending' | 'in-progress' | 'loading';

export interface StatusIndicatorProps {
  type: StatusType;
  children: ReactNode;
  className?: string;
}

// Cloudscape colours: the text takes the status colour; neutral states are grey.
const map: Record<StatusType, { Icon: ComponentType<IconProps>; color: string }> = {
  error: { Icon: XCircleIcon, color: 'text-status-error' },
  warning: { Icon: AlertTriangleIcon, color: 'text-status-warning' },
  success: { Icon: CheckCircleIcon, color: 'text-status-success' },
  info: { Icon: InfoIcon, color: 'text-status-info' },
  stopped: { Icon: StoppedIcon, color: 'text-status-neutral' },
  pending: { Icon: ClockIcon, color: 'text-status-neutral' },
  'in-progress': { Icon: SpinnerIcon, color: 'text-status-neutral' },
  loading: { Icon: SpinnerIcon, color: 'text-status-neutral' },
};

/** A status is always icon plus text, never colour alone. Spinners stop under prefers-reduced-motion. */
export function StatusIndicator({ type, children, className }: StatusIndicatorProps) {
  const { Icon, color } = map[type];
  return (
    <span className={cn('inline-flex items-start gap-1.5', color, className)} data-status={type}>
      <Icon className="mt-0.5" />
      <span>{children}</span>
    </span>
  );
}
