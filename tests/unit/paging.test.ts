import { describe, expect, it } from 'vitest';
import { PAGER_LIST_ALL, pageRange } from '../../src/lib/paging';

describe('pageRange', () => {
  it('lists every page while there are few', () => {
    expect(pageRange(1, 1)).toEqual([1]);
    expect(pageRange(3, PAGER_LIST_ALL)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps the first, the last and the current page with two neighbours, marking gaps', () => {
    expect(pageRange(1, 50)).toEqual([1, 2, 3, 'gap', 50]);
    expect(pageRange(25, 50)).toEqual([1, 'gap', 23, 24, 25, 26, 27, 'gap', 50]);
    expect(pageRange(50, 50)).toEqual([1, 'gap', 48, 49, 50]);
  });

  it('shows a single left-out number instead of a gap for it', () => {
    expect(pageRange(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 20]);
  });

  it('always includes the current page, first and last, in order and without repeats', () => {
    for (let count = 1; count <= 40; count += 1)
      for (let current = 1; current <= count; current += 1) {
        const range = pageRange(current, count);
        const numbers = range.filter((item): item is number => item !== 'gap');
        expect(numbers).toContain(current);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(count);
        expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
        expect(new Set(numbers).size).toBe(numbers.length);
      }
  });
});
