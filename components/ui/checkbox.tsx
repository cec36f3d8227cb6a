'use client';

import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { cn } from './cn';
import { useFieldControl } from './field-context';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  description?: ReactNode;
  invalid?: boolean;
}

function ChoiceLabel({
  label,
  description,
  disabled,
}: {
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}) {
  return (
    <span className={cn('min-w-0', disabled && 'text-slate-500')}>
      <span className="block">{label}</span>
      {description ? <span className="text-ink-secondary block">{description}</span> : null}
    </span>
  );
}

/** The clickable row shared by Checkbox and Toggle: the control, then its label and description. */
function ChoiceRow({
  className,
  label,
  description,
  disabled,
  children,
}: {
  className?: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label
      className={cn(
        'inline-flex cursor-pointer items-start gap-2 has-disabled:cursor-not-allowed',
        className,
      )}
    >
      {children}
      <ChoiceLabel label={label} description={description} disabled={disabled} />
    </label>
  );
}

export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { label, description, invalid, className, ...rest },
  ref,
) {
  const { isInvalid, ...a11y } = useFieldControl({ invalid, inheritId: false, ...rest });
  return (
    <ChoiceRow className={className} label={label} description={description} disabled={rest.disabled}>
      <input
        ref={ref}
        type="checkbox"
        {...rest}
        {...a11y}
        className={cn(
          'mt-0.5 size-4 shrink-0 cursor-[inherit] accent-blue-700',
          isInvalid && 'outline-status-error outline-2 outline-offset-1',
        )}
      />
    </ChoiceRow>
  );
});

export type ToggleProps = CheckboxProps;

/** An on/off switch: a checkbox with role="switch", so it submits and registers like one. */
export const Toggle = forwardRef<HTMLInputElement, ToggleProps>(function Toggle(
  { label, description, invalid, className, ...rest },
  ref,
) {
  const { isInvalid, ...a11y } = useFieldControl({ invalid, inheritId: false, ...rest });
  return (
    <ChoiceRow className={className} label={label} description={description} disabled={rest.disabled}>
      <span className="relative mt-0.5 inline-flex h-4 w-7 shrink-0">
        <input
          ref={ref}
          type="checkbox"
          role="switch"
          {...rest}
          {...a11y}
          className="peer absolute inset-0 m-0 size-full cursor-[inherit] appearance-none opacity-0"
        />
        <span
          aria-hidden="true"
          className={cn(
            'pointer-events-none size-full rounded-full bg-slate-500 transition-colors peer-checked:bg-blue-700',
            'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600',
            'peer-disabled:bg-slate-300',
            isInvalid && 'ring-status-error ring-2',
          )}
        />
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-0.5 left-0.5 size-3 rounded-full bg-white shadow-sm transition-transform peer-checked:translate-x-3"
        />
      </span>
    </ChoiceRow>
  );
});
