import Link from 'next/link';
import { forwardRef, type ButtonHTMLAttributes, type ComponentProps } from 'react';
import { cn } from './cn';
import { Spinner } from './spinner';

export type ButtonVariant = 'primary' | 'normal' | 'link' | 'danger' | 'icon';
export type ButtonSize = 'sm' | 'md';

const base =
  'inline-flex shrink-0 items-center justify-center gap-1.5 font-bold whitespace-nowrap no-underline transition-colors select-none hover:no-underline focus-visible:outline-offset-2 disabled:cursor-not-allowed aria-disabled:cursor-not-allowed';

const variants: Record<ButtonVariant, string> = {
  primary:
    'rounded-full border-2 border-blue-700 bg-blue-700 text-white hover:border-blue-800 hover:bg-blue-800 hover:text-white active:bg-blue-900 disabled:border-slate-200 disabled:bg-slate-200 disabled:text-slate-500',
  normal:
    'rounded-full border-2 border-blue-700 bg-white text-blue-700 hover:border-blue-800 hover:bg-blue-50 hover:text-blue-800 active:bg-blue-100 disabled:border-slate-300 disabled:bg-white disabled:text-slate-400',
  link: 'rounded-full border-2 border-transparent text-blue-700 hover:bg-blue-50 hover:text-blue-800 disabled:bg-transparent disabled:text-slate-400',
  danger:
    'rounded-full border-2 border-red-700 bg-red-700 text-white hover:border-red-800 hover:bg-red-800 hover:text-white active:bg-red-900 disabled:border-slate-200 disabled:bg-slate-200 disabled:text-slate-500',
  icon: 'rounded-md border-2 border-transparent text-slate-600 hover:bg-slate-100 hover:text-ink disabled:bg-transparent disabled:text-slate-300',
};

const sizes: Record<ButtonSize, string> = {
  sm: 'min-h-7 px-3 text-xs/4',
  md: 'min-h-8 px-4 text-sm/5',
};
const iconSizes: Record<ButtonSize, string> = { sm: 'size-7', md: 'size-8' };

/** The class list of a button; exported so other primitives (e.g. pagination links) can look the same. */
export function buttonClasses({
  variant = 'normal',
  size = 'md',
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(base, variants[variant], variant === 'icon' ? iconSizes[size] : sizes[size], className);
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets aria-busy and disables the button while an action runs. */
  loading?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'normal',
    size = 'md',
    loading = false,
    disabled,
    type = 'button',
    className,
    children,
    ...rest
  },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={buttonClasses({ variant, size, className })}
      {...rest}
    >
      {loading ? <Spinner size={size === 'sm' ? 'sm' : 'md'} /> : null}
      {variant === 'icon' && loading ? null : children}
    </button>
  );
});

export type ButtonLinkProps = ComponentProps<typeof Link> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
};

/** A navigation that looks like a button (e.g. "Create product"); renders next/link. */
export const ButtonLink = forwardRef<HTMLAnchorElement, ButtonLinkProps>(function ButtonLink(
  { variant = 'normal', size = 'md', className, ...rest },
  ref,
) {
  return <Link ref={ref} className={buttonClasses({ variant, size, className })} {...rest} />;
});
