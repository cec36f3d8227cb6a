'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { cn } from './cn';
import { XIcon } from './icons';
import { alertIcons } from './status-styles';
import { autoDismissAfter, upsertToast, type Toast, type ToastInput } from './toast-logic';

export type { Toast, ToastInput } from './toast-logic';

export interface ToastApi {
  /** Shows a toast and returns its id. */
  push: (toast: ToastInput) => string;
  dismiss: (id: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() needs a <ToastProvider> above it (the console layout renders one).');
  return api;
}

export interface ToastProviderProps {
  children: ReactNode;
  /** Positioning of the fixed region; by default centred under var(--wharf-top-offset). */
  className?: string;
}

export function ToastProvider({ children, className }: ToastProviderProps) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const counter = useRef(0);

  const dismiss = useCallback((id: string) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback((input: ToastInput) => {
    const id = input.id ?? `toast-${++counter.current}`;
    setToasts((list) => upsertToast(list, { ...input, id }));
    return id;
  }, []);
  const api = useMemo(() => ({ push, dismiss }), [push, dismiss]);

  const errors = toasts.filter((t) => t.type === 'error');
  const others = toasts.filter((t) => t.type !== 'error');
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div
        className={cn(
          'pointer-events-none fixed inset-x-0 top-[calc(var(--wharf-top-offset)+0.75rem)] z-50 flex justify-center px-4',
          className,
        )}
      >
        {/* Both live regions exist from the first render so additions are announced. */}
        <section aria-label="Notifications" className="flex w-full max-w-3xl flex-col gap-2">
          <div aria-live="assertive" className="flex flex-col gap-2 empty:hidden">
            {errors.map((t) => (
              <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
            ))}
          </div>
          <div aria-live="polite" className="flex flex-col gap-2 empty:hidden">
            {others.map((t) => (
              <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
            ))}
          </div>
        </section>
      </div>
    </ToastContext.Provider>
  );
}

const styles: Record<Toast['type'], string> = {
  success: 'bg-status-success text-white',
  info: 'bg-status-info text-white',
  error: 'bg-status-error text-white',
  warning: 'bg-[#ffe347] text-ink',
};

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: string) => void }) {
  const [isPaused, setPaused] = useState(false);
  const delay = autoDismissAfter(toast.type);

  // Hovering or focusing a toast holds it open (WCAG 2.2.1); the full delay restarts afterwards.
  useEffect(() => {
    if (delay === null || isPaused) return;
    const timer = setTimeout(() => onDismiss(toast.id), delay);
    return () => clearTimeout(timer);
  }, [delay, isPaused, onDismiss, toast]);

  const Icon = alertIcons[toast.type];
  return (
    <div
      className={cn(
        'shadow-modal pointer-events-auto flex items-start gap-2.5 rounded-xl px-4 py-2.5',
        styles[toast.type],
      )}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Icon className="mt-0.5" />
      <div className="min-w-0 flex-1">
        {toast.header ? <p className="font-bold">{toast.header}</p> : null}
        <div>{toast.content}</div>
      </div>
      <button
        type="button"
        aria-label="Dismiss notification"
        onClick={() => onDismiss(toast.id)}
        className="-mr-1 shrink-0 rounded-md p-0.5 opacity-90 hover:bg-black/10 hover:opacity-100 focus-visible:outline-current"
      >
        <XIcon />
      </button>
    </div>
  );
}
