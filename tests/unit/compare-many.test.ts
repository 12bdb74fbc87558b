import { describe, expect, it } from 'vitest';
import { parseCodesChoice } from '../../src/lib/crosswalk/compare-many';

const known = ['a', 'b', 'c', 'd'];

describe('comparing several codes', () => {
  it('reads the chosen codes in order, without repeats', () => {
    expect(parseCodesChoice('c,a,b,a', known)).toEqual({
      ids: ['c', 'a', 'b'],
      unknown: [],
      problem: undefined,
    });
  });

  it('names unknown codes and too few codes', () => {
    const choice = parseCodesChoice('a,ghost', known);
    expect(choice.unknown).toEqual(['ghost']);
    expect(choice.problem).toBe('No code with the id “ghost” on this site; choose at least 2 codes.');
    expect(parseCodesChoice('a', known).problem).toBe('Choose at least 2 codes.');
    expect(parseCodesChoice(null, known)).toEqual({ ids: [], unknown: [], problem: undefined });
  });
});
