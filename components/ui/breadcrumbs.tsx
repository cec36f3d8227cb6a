import Link from 'next/link';
import { cn } from './cn';
import { ChevronRightIcon } from './icons';

interface BreadcrumbItem {
  text: string;
  href?: string;
}

export interface BreadcrumbsProps {
  items: readonly BreadcrumbItem[];
  className?: string;
}

export function Breadcrumbs({ items, className }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumbs" className={className}>
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm">
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={`${index}-${item.text}`} className="flex min-w-0 items-center gap-1.5">
              {isLast || !item.href ? (
                <span
                  aria-current={isLast ? 'page' : undefined}
                  className={cn('truncate', isLast ? 'text-ink-secondary' : 'text-ink')}
                >
                  {item.text}
                </span>
              ) : (
                <Link href={item.href} className="truncate text-blue-700 hover:text-blue-800 hover:underline">
                  {item.text}
                </Link>
              )}
              {isLast ? null : <ChevronRightIcon className="text-ink-secondary size-3" />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
