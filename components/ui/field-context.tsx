'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { cn } from './cn';

interface FieldContextValue {
  controlId: string;
  describedBy?: string;
  invalid: boolean;
}

const FieldContext = createContext<FieldContextValue | null>(null);

/** Provided by FormField so the control inside picks up its id, aria-describedby and aria-invalid. */
export function FieldProvider({ value, children }: { value: FieldContextValue; children: ReactNode }) {
  return <FieldContext.Provider value={value}>{children}</FieldContext.Provider>;
}

interface ControlA11yProps {
  id?: string;
  /** Checkboxes and toggles carry their own label, so they don't take the field's control id. */
  inheritId?: boolean;
  invalid?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false' | 'grammar' | 'spelling';
}

/** Merges what the surrounding FormField knows with the control's own props (own props win). */
export function useFieldControl({
  id,
  inheritId = true,
  invalid,
  'aria-describedby': describedBy,
  'aria-invalid': ariaInvalid,
}: ControlA11yProps) {
  const field = useContext(FieldContext);
  const isInvalid =
    invalid ?? (ariaInvalid === true || ariaInvalid === 'true' ? true : (field?.invalid ?? false));
  return {
    id: id ?? (inheritId ? field?.controlId : undefined),
    'aria-describedby': cn(field?.describedBy, describedBy) || undefined,
    'aria-invalid': isInvalid || undefined,
    isInvalid,
  };
}

export const controlClasses = (isInvalid: boolean, className?: string) =>
  cn(
    'block w-full rounded-lg border-2 bg-white px-3 py-1 text-sm/5 text-ink placeholder:text-slate-500 placeholder:italic',
    'focus:outline-2 focus:outline-offset-0 focus:outline-blue-600',
    'disabled:cursor-not-allowed disabled:border-slate-300 disabled:bg-slate-100 disabled:text-slate-500',
    'read-only:bg-slate-50',
    isInvalid ? 'border-status-error focus:outline-status-error' : 'border-line-strong',
    className,
  );
