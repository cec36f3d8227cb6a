import { cn } from './cn';
import { SpinnerIcon } from './icons';

export interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  /** When given, the spinner is announced (role="status") with this text; otherwise it is decorative. */
  label?: string;
  className?: string;
}

const sizes = { sm: 'size-3.5', md: 'size-4', lg: 'size-8' } as const;

export function Spinner({ size = 'md', label, className }: SpinnerProps) {
  const icon = <SpinnerIcon className={cn(sizes[size], className)} />;
  if (!label) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
