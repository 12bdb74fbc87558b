// The code list at any number of codes (/codes/, /codes/page/N/), its index file, the matching behind the code
// filter and the search's code picker, and the search page's choice between checkboxes and the picker.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import type { SiteData } from '../../src/lib/content/model';
import { CODE_LIST_MAX_CODES } from '../../src/lib/constants';
import { codeByLabel, matchCodes, type CodeIndexEntry } from '../../src/lib/exports/code-index';
import {
  codeCards,
  codeIndexFile,
  codeListPagePath,
  codeListPageNumbers,
  codesIndexView,
} from '../../src/lib/views/codes-index';
import { searchPageView } from '../../src/lib/views/search-page';
import { FIXTURES, loadContent } from '../support/content';

const good = assembleSiteData(loadContent(join(FIXTURES, 'good')));

/** The fixture's codes copied until the site holds `count` codes, each with its own id and names. */
function siteWith(count: number): SiteData {
  const codes = Array.from({ length: count }, (_, index) => {
    const model = good.codes[index % good.codes.length]!;
    const n = index + 1;
    return {
      ...model,
      id: `code-${n}`,
      data: {
        ...model.data,
        title: `Code of Ethics number ${n}`,
        shortTitle: `Code ${n}`,
        issuer: `Board ${n}`,
      },
    };
  });
  return { ...good, codes };
}

describe('the code list', () => {
  it('is one page, /codes/, up to CODE_LIST_MAX_CODES codes', () => {
    for (const count of [2, CODE_LIST_MAX_CODES]) {
      const site = siteWith(count);
      expect(codeListPageNumbers(site)).toEqual([]);
      const view = codesIndexView(site, 1);
      expect(view.cards).toHaveLength(count);
      expect(view.pageHrefs).toEqual(['/codes/']);
      expect(view.pageCount).toBe(1);
      expect(view.rangeNote).toBe('');
      expect(view.previous).toBeUndefined();
      expect(view.next).toBeUndefined();
    }
  });

  it('is paged by CODE_LIST_MAX_CODES above it, every code on exactly one page', () => {
    const site = siteWith(500);
    const pages = Math.ceil(500 / CODE_LIST_MAX_CODES);
    expect(codeListPageNumbers(site)).toEqual(Array.from({ length: pages - 1 }, (_, index) => index + 2));
    const views = [1, ...codeListPageNumbers(site)].map((number) => codesIndexView(site, number));
    expect(views.flatMap((view) => view.cards.map(({ code }) => code.id))).toEqual(
      site.codes.map((code) => code.id),
    );
    expect(views.every((view) => view.cards.length <= CODE_LIST_MAX_CODES)).toBe(true);
    expect(views[0]!.rangeNote).toBe(` (codes 1–${CODE_LIST_MAX_CODES} of 500)`);
    expect(views[0]!.previous).toBeUndefined();
    expect(views[0]!.next).toBe('/codes/page/2/');
    expect(views[1]!.previous).toBe('/codes/');
    expect(views.at(-1)!.next).toBeUndefined();
    expect(views.at(-1)!.rangeNote).toBe(` (codes ${(pages - 1) * CODE_LIST_MAX_CODES + 1}–500 of 500)`);
    expect(views[0]!.counts.codes).toBe(500);
  });

  it('keeps the first page at /codes/ and names the others /codes/page/N/', () => {
    expect(codeListPagePath(1)).toBe('codes/');
    expect(codeListPagePath(7)).toBe('codes/page/7/');
  });

  it('gives every card, page and neighbour its href with the base path', () => {
    const site = siteWith(CODE_LIST_MAX_CODES + 1);
    const second = codesIndexView(site, 2, '/ethics/');
    expect(second.pageHrefs).toEqual(['/ethics/codes/', '/ethics/codes/page/2/']);
    expect([second.previous, second.next]).toEqual(['/ethics/codes/', undefined]);
    expect(second.cards.map(({ href }) => href)).toEqual([`/ethics/codes/code-${CODE_LIST_MAX_CODES + 1}/`]);
    expect(codeCards(site.codes.slice(0, 1), '/ethics/')).toEqual([
      { code: site.codes[0], href: '/ethics/codes/code-1/' },
    ]);
  });

  it('refuses a page that does not exist', () => {
    expect(() => codesIndexView(siteWith(30), 3)).toThrow(/codes list: no page 3 \(there are 2\)/);
  });

  it('indexes every code with its names and page under the base path', () => {
    expect(codeIndexFile(siteWith(2).codes, '/ethics/').codes).toEqual([
      {
        id: 'code-1',
        title: 'Code of Ethics number 1',
        shortTitle: 'Code 1',
        issuer: 'Board 1',
        url: '/ethics/codes/code-1/',
      },
      {
        id: 'code-2',
        title: 'Code of Ethics number 2',
        shortTitle: 'Code 2',
        issuer: 'Board 2',
        url: '/ethics/codes/code-2/',
      },
    ]);
  });
});

describe('matching codes by name', () => {
  const entry = (id: string, title: string, shortTitle: string, issuer: string): CodeIndexEntry => ({
    id,
    title,
    shortTitle,
    issuer,
    url: `/codes/${id}/`,
  });
  const codes = [
    entry(
      'alaska-psp',
      'Code of Ethics for Alaska Peer Support Professionals',
      'Alaska PSP',
      'Alaska Commission for Behavioral Health Certification',
    ),
    entry(
      'dbhds-cprs',
      'Code of Ethical Conduct for Peer Recovery Specialists',
      'DBHDS CPRS',
      'Virginia DBHDS',
    ),
    entry(
      'peer-support-team',
      'Peer Support Team Code of Ethical Conduct',
      'Peer Support Team',
      'Département de police',
    ),
  ];

  it('needs every word, in any field, ignoring case and accents', () => {
    expect(matchCodes(codes, 'alaska').map((code) => code.id)).toEqual(['alaska-psp']);
    expect(matchCodes(codes, 'virginia recovery').map((code) => code.id)).toEqual(['dbhds-cprs']);
    expect(matchCodes(codes, 'DEPARTEMENT').map((code) => code.id)).toEqual(['peer-support-team']);
    expect(matchCodes(codes, 'alaska virginia')).toEqual([]);
  });

  it('puts names that start with the query first, and matches nothing for an empty query', () => {
    expect(matchCodes(codes, 'peer').map((code) => code.id)).toEqual([
      'peer-support-team',
      'alaska-psp',
      'dbhds-cprs',
    ]);
    expect(matchCodes(codes, '   ')).toEqual([]);
  });

  it('finds a code by its short title, the search filter value, and nothing for an unknown one', () => {
    expect(codeByLabel(codes, ' alaska psp ')?.id).toBe('alaska-psp');
    expect(codeByLabel(codes, 'Alaska')).toBeUndefined();
  });
});

describe('the search page code filter', () => {
  it('lists every code as a checkbox up to CODE_LIST_MAX_CODES codes', () => {
    const view = searchPageView(siteWith(CODE_LIST_MAX_CODES));
    expect(view.codePicker).toBe(false);
    expect(view.checkboxFilters.find((filter) => filter.name === 'code')?.options).toHaveLength(
      CODE_LIST_MAX_CODES,
    );
  });

  it('leaves the codes out of the HTML above it, for the picker to load', () => {
    const view = searchPageView(siteWith(CODE_LIST_MAX_CODES + 1));
    expect(view.codePicker).toBe(true);
    expect(view.checkboxFilters.map((filter) => filter.name)).toEqual(['audience']);
  });
});
