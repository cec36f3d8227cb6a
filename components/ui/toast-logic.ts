import type { ReactNode } from 'react';

export type ToastType = 'success' | 'info' | 'warning' | 'error';

export interface ToastInput {
  type: ToastType;
  header?: string;
  content: ReactNode;
  /** Pushing again with the same id replaces the toast instead of stacking a duplicate. */
  id?: string;
}

export interface Toast extends ToastInput {
  id: string;
}

export const AUTO_DISMISS_MS = 8000;
export const MAX_TOASTS = 5;

/** Success and info go away by themselves; warnings and errors stay until the user dismisses them. */
export function autoDismissAfter(type: ToastType): number | null {
  return type === 'success' || type === 'info' ? AUTO_DISMISS_MS : null;
}

/** Newest first; a toast with a known id replaces the old one in place; at most MAX_TOASTS kept. */
export function upsertToast(list: readonly Toast[], toast: Toast): Toast[] {
  const index = list.findIndex((t) => t.id === toast.id);
  if (index >= 0) return list.map((t, i) => (i === index ? toast : t));
  return [toast, ...list].slice(0, MAX_TOASTS);
}

/** The query string without one parameter: "?a=1" or "" (for router.replace after reading a flash). */
export function withoutParam(search: string, name: string): string {
  const params = new URLSearchParams(search);
  params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
