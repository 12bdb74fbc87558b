import { describe, expect, it } from 'vitest';
import { compareShowQuery, parseCompareShow, rowShown } from '../../src/lib/crosswalk/compare-filter';
import type { Side } from '../../src/lib/crosswalk/compare';

const sides: Side[] = ['both', 'only-a', 'only-b', 'neither', 'mixed'];

describe('compare filter', () => {
  it('reads known views and falls back to every theme', () => {
    expect(parseCompareShow('differences')).toBe('differences');
    expect(parseCompareShow('only-b')).toBe('only-b');
    expect(parseCompareShow('gifts')).toBe('all');
    expect(parseCompareShow(null)).toBe('all');
  });

  it('shows only the rows where the codes differ for "differences"', () => {
    expect(sides.filter((side) => rowShown(side, 'differences'))).toEqual(['only-a', 'only-b', 'mixed']);
    expect(sides.filter((side) => rowShown(side, 'all'))).toEqual(sides);
    expect(sides.filter((side) => rowShown(side, 'neither'))).toEqual(['neither']);
  });

  it('keeps the plain address for the full view', () => {
    expect(compareShowQuery('all')).toBe('');
    expect(compareShowQuery('differences')).toBe('?show=differences');
    // The address's other parameters stay: a filtered view of several codes is still those codes.
    expect(compareShowQuery('differences', '?codes=a,b,c&show=both')).toBe('?codes=a,b,c&show=differences');
    expect(compareShowQuery('all', '?codes=a,b,c&show=both')).toBe('?codes=a,b,c');
    for (const side of sides)
      expect(parseCompareShow(new URLSearchParams(compareShowQuery(side)).get('show'))).toBe(side);
  });
});
