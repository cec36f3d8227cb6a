import { useId, type ReactNode } from 'react';
import { cn } from './cn';
import { FieldProvider } from './field-context';
import { XCircleIcon } from './icons';

export { Input, Textarea } from './input';
export { Select } from './select';
export { Checkbox, Toggle } from './checkbox';

/** The ids FormField gives its description, constraint and error, for wiring aria-describedby by hand. */
export function fieldIds(id: string) {
  return { descriptionId: `${id}-description`, constraintId: `${id}-constraint`, errorId: `${id}-error` };
}

export interface FormFieldProps {
  label: string;
  /** The id of the control inside; the control picks it up automatically when it has none of its own. */
  htmlFor?: string;
  /** Alias of htmlFor. */
  id?: string;
  /** Help under the label. */
  description?: ReactNode;
  /** Format hints under the control, e.g. "Up to 255 characters." */
  constraint?: ReactNode;
  /** The validation message; marks the control invalid. */
  error?: string;
  /** Shown after the label, typically an "Info" link. */
  info?: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * Label, description, control, error and constraint in the Cloudscape order. Controls from this module
 * inside it (Input, Textarea, Select, Checkbox, Toggle) get id, aria-describedby and aria-invalid for free.
 */
export function FormField({
  label,
  htmlFor,
  id,
  description,
  constraint,
  error,
  info,
  className,
  children,
}: FormFieldProps) {
  const generatedId = useId();
  const controlId = htmlFor ?? id ?? `field-${generatedId}`;
  const ids = fieldIds(controlId);
  const describedBy = cn(
    description && ids.descriptionId,
    error && ids.errorId,
    constraint && ids.constraintId,
  );

  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <label htmlFor={controlId} className="text-ink font-bold">
          {label}
        </label>
        {info ? <span className="text-sm">{info}</span> : null}
      </div>
      {description ? (
        <div id={ids.descriptionId} className="text-ink-secondary -mt-0.5">
          {description}
        </div>
      ) : null}
      <div className="mt-0.5">
        <FieldProvider value={{ controlId, describedBy: describedBy || undefined, invalid: Boolean(error) }}>
          {children}
        </FieldProvider>
      </div>
      {error ? (
        <p id={ids.errorId} className="text-status-error flex items-start gap-1.5 font-bold">
          <XCircleIcon className="mt-0.5" />
          <span>{error}</span>
        </p>
      ) : null}
      {constraint ? (
        <div id={ids.constraintId} className="text-ink-secondary text-xs/4">
          {constraint}
        </div>
      ) : null}
    </div>
  );
}
