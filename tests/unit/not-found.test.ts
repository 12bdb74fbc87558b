import { describe, expect, it } from 'vitest';
import { buildPagesIndex } from '../../src/lib/not-found/pages-index';
import { distance, pathWords, suggestPages } from '../../src/lib/not-found/suggest';

const index = buildPagesIndex({
  themes: [
    { id: 'gifts-money', label: 'Gifts, money and loans', synonyms: ['presents', 'tips'] },
    { id: 'sexual-relationships', label: 'Sexual and romantic relationships', synonyms: ['dating'] },
    { id: 'dual-relationships', label: 'Dual relationships and conflicts of interest', synonyms: [] },
  ],
  codes: [
    {
      id: 'alaska-psp',
      title: 'Code of Ethics for Alaska Peer Support Professionals',
      shortTitle: 'Alaska PSP',
    },
  ],
  scenarios: [{ id: 'gift-last-day', title: 'A gift on the last day' }],
});
const paths = (path: string, base?: string) => suggestPages(path, index, { base }).map((s) => s.entry.path);

describe('404 suggestions', () => {
  it('takes the words from a mistyped path, without section names or endings', () => {
    expect(pathWords('/themes/gift/')).toEqual(['gift']);
    expect(pathWords('/ethics/codes/Alaska%20PSP.html', '/ethics/')).toEqual(['alaska', 'psp']);
  });

  it('finds the theme first for /themes/gift/, then the scenario that names a gift', () => {
    expect(paths('/themes/gift/')).toEqual(['themes/gifts-money/', 'scenarios/gift-last-day/']);
  });

  it('matches synonyms and one typo', () => {
    expect(paths('/themes/dating/')[0]).toBe('themes/sexual-relationships/');
    expect(paths('/codes/alaksa/')[0]).toBe('codes/alaska-psp/');
    expect(distance('alaksa', 'alaska')).toBe(1);
    expect(distance('gift', 'gifts')).toBe(1);
    expect(distance('alasks', 'alaska')).toBe(1);
    expect(distance('abcdef', 'zzzzzz')).toBe(3);
  });

  it('suggests nothing for words that match no page', () => {
    expect(paths('/themes/zzzz/')).toEqual([]);
    expect(paths('/')).toEqual([]);
  });
});
