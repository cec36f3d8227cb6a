type SortDirection = 'asc' | 'desc';

export interface SortState {
  column: string;
  direction: SortDirection;
}

/** Clicking the sorted column flips its direction; clicking another column sorts it ascending. */
export function nextSort(current: SortState | undefined, column: string): SortState {
  if (current?.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: 'asc' };
}

export function ariaSort(
  current: SortState | undefined,
  column: string,
): 'ascending' | 'descending' | 'none' {
  if (current?.column !== column) return 'none';
  return current.direction === 'asc' ? 'ascending' : 'descending';
}

export type SortValue = string | number | Date | boolean | null | undefined;

/**
 * A stable client-side sort for small tables. Empty values go last in either direction; strings compare
 * naturally ("v2" before "v10").
 */
export function sortItems<T>(
  items: readonly T[],
  sort: SortState | undefined,
  valueOf: (item: T, column: string) => SortValue,
): T[] {
  if (!sort) return [...items];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, value: valueOf(item, sort.column) }))
    .sort((a, b) => {
      const aEmpty = a.value === null || a.value === undefined || a.value === '';
      const bEmpty = b.value === null || b.value === undefined || b.value === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      return sign * compareValues(a.value, b.value) || a.index - b.index;
    })
    .map((entry) => entry.item);
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** A gap in the page list, rendered as an ellipsis. */
const PAGE_GAP = null;

/**
 * The page buttons to show: at most seven slots, always the first and last page, the current page with
 * a neighbour either side, and gaps (null) where pages are skipped. The slot count stays constant so the
 * buttons don't jump about while paging.
 */
export function pageRange(page: number, pageCount: number): (number | null)[] {
  const total = Math.max(1, Math.floor(pageCount));
  const current = Math.min(Math.max(1, Math.floor(page)), total);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (total <= 7) return range(1, total);
  if (current <= 4) return [...range(1, 5), PAGE_GAP, total];
  if (current >= total - 3) return [1, PAGE_GAP, ...range(total - 4, total)];
  return [1, PAGE_GAP, current - 1, current, current + 1, PAGE_GAP, total];
}
