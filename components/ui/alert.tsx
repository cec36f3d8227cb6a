import type { ReactNode } from 'react';
import { cn } from './cn';
import { XIcon } from './icons';
import { alertIcons, type AlertType } from './status-styles';

export interface AlertProps {
  type?: AlertType;
  header?: string;
  children?: ReactNode;
  /** A button or link shown on the right, e.g. "Retry". */
  action?: ReactNode;
  /** When given, a close button is shown. Needs a client parent (it is an event handler). */
  onDismiss?: () => void;
  className?: string;
}

const styles: Record<AlertType, { box: string; icon: string }> = {
  error: { box: 'border-status-error bg-red-50', icon: 'text-status-error' },
  warning: { box: 'border-amber-500 bg-amber-50', icon: 'text-status-warning' },
  success: { box: 'border-status-success bg-green-50', icon: 'text-status-success' },
  info: { box: 'border-status-info bg-blue-50', icon: 'text-status-info' },
};

export function Alert({ type = 'info', header, children, action, onDismiss, className }: AlertProps) {
  const Icon = alertIcons[type];
  return (
    <div
      role={type === 'error' ? 'alert' : 'status'}
      className={cn(
        'text-ink flex items-start gap-2.5 rounded-xl border-2 px-4 py-2.5',
        styles[type].box,
        className,
      )}
    >
      <Icon className={cn('mt-0.5', styles[type].icon)} />
      <div className="min-w-0 flex-1">
        {header ? <p className="font-bold">{header}</p> : null}
        {children ? <div className="[&_p+p]:mt-1">{children}</div> : null}
      </div>
      {action ? <div className="shrink-0 self-center">{action}</div> : null}
      {onDismiss ? (
        <button
          type="button"
          onClick={onDismiss}
          aria-label="Dismiss"
          className="hover:text-ink -mr-1 shrink-0 rounded-md p-0.5 text-slate-600 hover:bg-black/5"
        >
          <XIcon />
        </button>
      ) : null}
    </div>
  );
}
