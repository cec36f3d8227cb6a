'use client';

import { forwardRef, type SelectHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClasses, useFieldControl } from './field-context';
import { ChevronDownIcon } from './icons';

interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  invalid?: boolean;
  /** Rendered as <option>s before any children. */
  options?: readonly SelectOption[];
  /** A first, empty-valued option such as "Choose a delivery method". */
  placeholder?: string;
  /** Classes for the wrapper (width, margins); the select fills it. */
  className?: string;
}

/** A native <select>, so keyboard, mobile pickers and react-hook-form all work for free. */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { invalid, className, options, placeholder, children, ...rest },
  ref,
) {
  const { isInvalid, ...a11y } = useFieldControl({ invalid, ...rest });
  return (
    <div className={cn('relative', className)}>
      <select
        ref={ref}
        {...rest}
        {...a11y}
        className={controlClasses(isInvalid, 'min-h-8 appearance-none pr-9')}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-slate-600" />
    </div>
  );
});
