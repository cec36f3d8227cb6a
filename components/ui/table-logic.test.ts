import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, pageRange, sortItems } from './table-logic';

describe('nextSort', () => {
  it('sorts a new column ascending', () => {
    expect(nextSort(undefined, 'name')).toEqual({ column: 'name', direction: 'asc' });
    expect(nextSort({ column: 'date', direction: 'desc' }, 'name')).toEqual({
      column: 'name',
      direction: 'asc',
    });
  });

  it('flips the direction of the sorted column', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name').direction).toBe('desc');
    expect(nextSort({ column: 'name', direction: 'desc' }, 'name').direction).toBe('asc');
  });
});

describe('ariaSort', () => {
  it('maps the sort state to aria-sort values', () => {
    expect(ariaSort(undefined, 'a')).toBe('none');
    expect(ariaSort({ column: 'b', direction: 'asc' }, 'a')).toBe('none');
    expect(ariaSort({ column: 'a', direction: 'asc' }, 'a')).toBe('ascending');
    expect(ariaSort({ column: 'a', direction: 'desc' }, 'a')).toBe('descending');
  });
});

describe('sortItems', () => {
  const rows = [
    { id: 1, v: 'v10', n: 3 as number | null },
    { id: 2, v: 'v2', n: null },
    { id: 3, v: 'V1', n: 1 },
    { id: 4, v: 'v2', n: 3 },
  ];
  const valueOf = (r: (typeof rows)[number], c: string) => (c === 'v' ? r.v : r.n);

  it('compares strings naturally and case-insensitively, keeping ties stable', () => {
    expect(sortItems(rows, { column: 'v', direction: 'asc' }, valueOf).map((r) => r.id)).toEqual([
      3, 2, 4, 1,
    ]);
    expect(sortItems(rows, { column: 'v', direction: 'desc' }, valueOf).map((r) => r.id)).toEqual([
      1, 2, 4, 3,
    ]);
  });

  it('puts empty values last in both directions', () => {
    expect(sortItems(rows, { column: 'n', direction: 'asc' }, valueOf).map((r) => r.id)).toEqual([
      3, 1, 4, 2,
    ]);
    expect(sortItems(rows, { column: 'n', direction: 'desc' }, valueOf).map((r) => r.id)).toEqual([
      1, 4, 3, 2,
    ]);
  });

  it('sorts dates by time and returns a copy without a sort', () => {
    const dated = [{ d: new Date('2026-02-01') }, { d: new Date('2025-01-01') }];
    expect(sortItems(dated, { column: 'd', direction: 'asc' }, (r) => r.d)[0]).toBe(dated[1]);
    const copy = sortItems(dated, undefined, (r) => r.d);
    expect(copy).toEqual(dated);
    expect(copy).not.toBe(dated);
  });
});

describe('pageRange', () => {
  it('lists every page when there are seven or fewer', () => {
    expect(pageRange(1, 1)).toEqual([1]);
    expect(pageRange(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps seven slots with gaps near the start, middle and end', () => {
    expect(pageRange(1, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
    expect(pageRange(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
    expect(pageRange(5, 20)).toEqual([1, null, 4, 5, 6, null, 20]);
    expect(pageRange(17, 20)).toEqual([1, null, 16, 17, 18, 19, 20]);
    expect(pageRange(20, 20)).toEqual([1, null, 16, 17, 18, 19, 20]);
  });

  it('clamps out-of-range input', () => {
    expect(pageRange(0, 3)).toEqual([1, 2, 3]);
    expect(pageRange(99, 10)).toEqual([1, null, 6, 7, 8, 9, 10]);
    expect(pageRange(1, 0)).toEqual([1]);
  });
});
