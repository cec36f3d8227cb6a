import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from './cn';
import { EmptyState } from './empty-state';
import { ChevronDownIcon, ChevronUpIcon, SortIcon } from './icons';
import { Spinner } from './spinner';
import { ariaSort, nextSort, type SortState } from './table-logic';

export { Pagination } from './pagination';
export { type SortState } from './table-logic';

export interface TableColumn<T> {
  id: string;
  header: ReactNode;
  cell: (item: T) => ReactNode;
  sortable?: boolean;
  /** CSS width of the column, e.g. 160 or '30%'. */
  width?: number | string;
  align?: 'start' | 'end';
  /** Render this column's cells as row headers (<th scope="row">), usually the name column. */
  isRowHeader?: boolean;
}

export interface TableProps<T> {
  columns: readonly TableColumn<T>[];
  items: readonly T[];
  getKey: (item: T) => string;
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  sort?: SortState;
  /** Client-side sorting: sort headers become buttons. */
  onSortChange?: (sort: SortState) => void;
  /** Server-side sorting: sort headers become links (use from server components). */
  sortHref?: (sort: SortState) => string;
  /** Shown when there are no items; defaults to "No items". */
  empty?: ReactNode;
  /** With no items, shows a loading row; with items, keeps them visible and sets aria-busy. */
  loading?: boolean;
  loadingText?: string;
  /** The header sticks below var(--wharf-top-offset) while the page scrolls; the table no longer scrolls sideways. */
  stickyHeader?: boolean;
  className?: string;
}

export function Table<T>({
  columns,
  items,
  getKey,
  caption,
  sort,
  onSortChange,
  sortHref,
  empty,
  loading = false,
  loadingText = 'Loading',
  stickyHeader = false,
  className,
}: TableProps<T>) {
  const showLoadingRow = loading && items.length === 0;
  return (
    <div className={cn(!stickyHeader && 'overflow-x-auto', className)}>
      <table
        className="w-full border-separate border-spacing-0 text-left text-sm"
        aria-busy={loading || undefined}
      >
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                style={column.width !== undefined ? { width: column.width } : undefined}
                aria-sort={
                  column.sortable && sort?.column === column.id ? ariaSort(sort, column.id) : undefined
                }
                className={cn(
                  'border-line-strong/40 border-b bg-white px-4 py-2 font-bold whitespace-nowrap text-slate-700',
                  column.align === 'end' && 'text-right',
                  stickyHeader && 'sticky top-(--wharf-top-offset) z-10',
                )}
              >
                {column.sortable && (onSortChange || sortHref) ? (
                  <SortControl column={column} sort={sort} onSortChange={onSortChange} sortHref={sortHref} />
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {showLoadingRow ? (
            <tr>
              <td colSpan={columns.length} className="text-ink-secondary px-4 py-8 text-center">
                <span className="inline-flex items-center gap-2">
                  <Spinner />
                  {loadingText}
                </span>
              </td>
            </tr>
          ) : items.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-8">
                {empty ?? <EmptyState title="No items" />}
              </td>
            </tr>
          ) : (
            items.map((item) => (
              <tr key={getKey(item)} className="hover:bg-slate-50">
                {columns.map((column) => {
                  const Cell = column.isRowHeader ? 'th' : 'td';
                  return (
                    <Cell
                      key={column.id}
                      scope={column.isRowHeader ? 'row' : undefined}
                      className={cn(
                        'border-line border-b px-4 py-2.5 align-top',
                        column.isRowHeader && 'font-normal',
                        column.align === 'end' && 'text-right',
                      )}
                    >
                      {column.cell(item)}
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function SortControl<T>({
  column,
  sort,
  onSortChange,
  sortHref,
}: {
  column: TableColumn<T>;
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  sortHref?: (sort: SortState) => string;
}) {
  const isSorted = sort?.column === column.id;
  const Icon = !isSorted ? SortIcon : sort.direction === 'asc' ? ChevronUpIcon : ChevronDownIcon;
  const classes = cn(
    'group -mx-1 inline-flex items-center gap-1 rounded px-1 text-inherit no-underline hover:text-ink hover:no-underline',
    column.align === 'end' && 'flex-row-reverse',
  );
  const content = (
    <>
      {column.header}
      <Icon className={cn('size-3.5', isSorted ? 'text-ink' : 'text-slate-400 group-hover:text-slate-600')} />
    </>
  );
  const target = nextSort(sort, column.id);
  if (onSortChange) {
    return (
      <button type="button" className={cn(classes, 'font-bold')} onClick={() => onSortChange(target)}>
        {content}
      </button>
    );
  }
  if (sortHref) {
    return (
      <Link href={sortHref(target)} className={classes} scroll={false}>
        {content}
      </Link>
    );
  }
  return column.header;
}
