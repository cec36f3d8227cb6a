import type { ReactNode } from 'react';
import { cn } from './cn';

type HeaderVariant = 'h1' | 'h2' | 'h3';

export interface HeaderProps {
  variant?: HeaderVariant;
  description?: ReactNode;
  /** Buttons on the right of the heading. */
  actions?: ReactNode;
  /** e.g. "(12)" or "(3/12)", shown after the title in grey. */
  counter?: string;
  /** Forwarded to the heading element, e.g. for aria-labelledby. */
  id?: string;
  className?: string;
  children: ReactNode;
}

const headingStyles: Record<HeaderVariant, string> = {
  h1: 'text-2xl/8 font-bold tracking-tight',
  h2: 'text-lg/6 font-bold',
  h3: 'text-base/6 font-bold',
};

export function Header({
  variant = 'h2',
  description,
  actions,
  counter,
  id,
  className,
  children,
}: HeaderProps) {
  const Heading = variant;
  return (
    <div className={cn('flex flex-wrap items-start justify-between gap-x-4 gap-y-2', className)}>
      <div className="min-w-0 flex-1">
        <Heading id={id} className={cn('text-ink', headingStyles[variant])}>
          {children}
          {counter ? <span className="text-ink-secondary ml-1.5 font-normal">{counter}</span> : null}
        </Heading>
        {description ? <div className="text-ink-secondary mt-0.5 text-sm">{description}</div> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export interface ContainerProps {
  /** A string becomes an h2 Header (with description and actions); pass a <Header> for other levels. */
  header?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  footer?: ReactNode;
  /** Drop the body padding, e.g. for a Table that runs edge to edge. */
  disableContentPaddings?: boolean;
  className?: string;
  children?: ReactNode;
}

/** The white card every console page is built from. */
export function Container({
  header,
  description,
  actions,
  footer,
  disableContentPaddings = false,
  className,
  children,
}: ContainerProps) {
  const isText = typeof header === 'string' || typeof header === 'number';
  const hasHeader = header != null || description != null || actions != null;
  return (
    <section className={cn('shadow-card rounded-2xl bg-white', className)}>
      {hasHeader ? (
        <div className={cn('px-5 pt-3', disableContentPaddings ? 'border-line border-b pb-3' : 'pb-2')}>
          {isText ? (
            <Header variant="h2" description={description} actions={actions}>
              {header}
            </Header>
          ) : (
            <div className="flex flex-wrap items-start justify-between gap-4">
              <div className="min-w-0 flex-1">
                {header}
                {description ? <div className="text-ink-secondary mt-0.5">{description}</div> : null}
              </div>
              {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
            </div>
          )}
        </div>
      ) : null}
      {children != null ? (
        <div
          className={cn(
            !disableContentPaddings && 'px-5 pb-5',
            !disableContentPaddings && (hasHeader ? 'pt-1' : 'pt-5'),
          )}
        >
          {children}
        </div>
      ) : null}
      {footer ? <div className="border-line border-t px-5 py-3">{footer}</div> : null}
    </section>
  );
}
