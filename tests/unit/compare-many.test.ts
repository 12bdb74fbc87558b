import { describe, expect, it } from 'vitest';
import { alignMany, parseCodesChoice } from '../../src/lib/crosswalk/compare-many';
import type { ThemedClause } from '../../src/lib/crosswalk/matrix';

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

  it('gives each theme one cell per code and counts the codes that speak to it', () => {
    const codes: { id: string; clauses: ThemedClause[] }[] = [
      { id: 'a', clauses: [{ themes: ['gifts'], touches: [] }] },
      { id: 'b', clauses: [{ themes: [], touches: ['gifts'] }] },
      { id: 'c', clauses: [] },
    ];
    const rows = alignMany([{ id: 'gifts' }, { id: 'dating' }], codes);
    expect(rows.map((row) => row.cells.map((cell) => cell.status))).toEqual([
      ['direct', 'touches', 'gap'],
      ['gap', 'gap', 'gap'],
    ]);
    expect(rows.map((row) => row.speaking)).toEqual([2, 0]);
  });
});
