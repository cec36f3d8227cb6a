import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from './cn';
import { ChevronLeftIcon, ChevronRightIcon } from './icons';
import { pageRange } from './table-logic';

export interface PaginationProps {
  /** 1-based. */
  page: number;
  /** Omit when the total is unknown (token-based APIs); the list then ends in an ellipsis while hasNext. */
  pageCount?: number;
  /** Defaults to page < pageCount. */
  hasNext?: boolean;
  /** Client-side paging. */
  onChange?: (page: number) => void;
  /** Link-based paging (server components). Used when onChange is absent. */
  hrefFor?: (page: number) => string;
  className?: string;
}

const itemBase =
  'inline-flex min-w-8 h-8 items-center justify-center rounded-md px-1.5 font-bold no-underline hover:no-underline';

export function Pagination({ page, pageCount, hasNext, onChange, hrefFor, className }: PaginationProps) {
  const canNext = hasNext ?? (pageCount !== undefined && page < pageCount);
  const known = pageCount ?? page;
  const pages = pageRange(page, known);
  const isOpenEnded = pageCount === undefined && canNext;

  function control(
    target: number,
    label: string,
    content: ReactNode,
    { current = false, disabled = false } = {},
  ) {
    const classes = cn(
      itemBase,
      current ? 'text-ink' : 'text-slate-600 hover:bg-slate-100 hover:text-ink',
      current && 'after:absolute after:inset-x-2 after:bottom-0.5 after:h-0.5 after:rounded after:bg-ink',
      'relative',
      disabled && 'cursor-not-allowed text-slate-300 hover:bg-transparent hover:text-slate-300',
    );
    if (disabled) {
      return (
        <button type="button" disabled aria-label={label} className={classes}>
          {content}
        </button>
      );
    }
    if (onChange) {
      return (
        <button
          type="button"
          aria-label={label}
          aria-current={current ? 'page' : undefined}
          className={classes}
          onClick={() => onChange(target)}
        >
          {content}
        </button>
      );
    }
    return (
      <Link
        href={hrefFor ? hrefFor(target) : '#'}
        aria-label={label}
        aria-current={current ? 'page' : undefined}
        className={classes}
      >
        {content}
      </Link>
    );
  }

  return (
    <nav aria-label="Pagination" className={className}>
      <ul className="flex flex-wrap items-center gap-0.5">
        <li>{control(page - 1, 'Previous page', <ChevronLeftIcon />, { disabled: page <= 1 })}</li>
        {pages.map((p, i) => (
          <li key={p ?? `gap-${i}`}>
            {p === null ? (
              <span className="inline-flex h-8 min-w-8 items-center justify-center text-slate-500">…</span>
            ) : (
              control(p, `Page ${p}${pageCount ? ` of ${pageCount}` : ''}`, p, { current: p === page })
            )}
          </li>
        ))}
        {isOpenEnded ? (
          <li
            aria-hidden="true"
            className="inline-flex h-8 min-w-8 items-center justify-center text-slate-500"
          >
            …
          </li>
        ) : null}
        <li>{control(page + 1, 'Next page', <ChevronRightIcon />, { disabled: !canNext })}</li>
      </ul>
    </nav>
  );
}
