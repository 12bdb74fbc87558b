import { describe, expect, it } from 'vitest';
import { compareShowQuery, parseCompareShow, rowShown } from '../../src/lib/crosswalk/compare-filter';
import type { Side } from '../../src/lib/crosswalk/compare';

const sides: Side[] = ['both', 'only-a', 'only-b', 'neither'];

describe('compare filter', () => {
  it('reads known views and falls back to every theme', () => {
    expect(parseCompareShow('differences')).toBe('differences');
    expect(parseCompareShow('only-b')).toBe('only-b');
    expect(parseCompareShow('gifts')).toBe('all');
    expect(parseCompareShow(null)).toBe('all');
  });

  it('shows only the rows where one code speaks and the other is silent for "differences"', () => {
    expect(sides.filter((side) => rowShown(side, 'differences'))).toEqual(['only-a', 'only-b']);
    expect(sides.filter((side) => rowShown(side, 'all'))).toEqual(sides);
    expect(sides.filter((side) => rowShown(side, 'neither'))).toEqual(['neither']);
  });

  it('keeps the plain address for the full view', () => {
    expect(compareShowQuery('all')).toBe('');
    expect(compareShowQuery('differences')).toBe('?show=differences');
    for (const side of sides)
      expect(parseCompareShow(new URLSearchParams(compareShowQuery(side)).get('show'))).toBe(side);
  });
});
