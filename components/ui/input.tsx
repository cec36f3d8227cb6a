'use client';

import { forwardRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClasses, useFieldControl } from './field-context';

export interface InputProps extends InputHTMLAttributes<HTMLInputElement> {
  /** Sets aria-invalid and the red border; defaults to whether the surrounding FormField has an error. */
  invalid?: boolean;
}

export const Input = forwardRef<HTMLInputElement, InputProps>(function Input(
  { invalid, className, type = 'text', ...rest },
  ref,
) {
  const { isInvalid, ...a11y } = useFieldControl({ invalid, ...rest });
  return (
    <input
      ref={ref}
      type={type}
      {...rest}
      {...a11y}
      className={controlClasses(isInvalid, cn('min-h-8', className))}
    />
  );
});

export interface TextareaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  invalid?: boolean;
}

export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(
  { invalid, className, rows = 4, ...rest },
  ref,
) {
  const { isInvalid, ...a11y } = useFieldControl({ invalid, ...rest });
  return (
    <textarea
      ref={ref}
      rows={rows}
      {...rest}
      {...a11y}
      className={controlClasses(isInvalid, cn('resize-y', className))}
    />
  );
});
