// lib/views/clause.ts: one clause as the code page's <Clause> and the clause's own page both read it.
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { clauseView } from '../../src/lib/views/clause';
import { clausePageView } from '../../src/lib/views/clause-page';
import { REAL_CONTENT, loadContent } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));

describe('clauseView', () => {
  it('gives the clause page exactly what it gives the code page, for every clause', () => {
    for (const code of site.codes)
      for (const clause of code.clauses) {
        const shared = clauseView(code, clause, site.guidelines, '/ethics/');
        const page = clausePageView({
          code,
          clause,
          guidelines: site.guidelines,
          plan: 'code',
          base: '/ethics/',
        });
        expect(page).toMatchObject(shared);
      }
  });

  it('names a clause in a section by its section, and links that section in the code', () => {
    const code = site.codes.find(({ id }) => id === 'alaska-psp')!;
    const clause = code.clauses.find(({ section }) => section === 'Conflicts of Interest')!;
    const view = clauseView(code, clause, site.guidelines, '/');
    expect(view.inSection).toBe(true);
    expect(view.namePrefix).toBe('Conflicts of Interest');
    expect(view.sectionHref).toMatch(/^\/codes\/alaska-psp\/#conflicts-of-interest/);
    expect(view.readInCodeHref).toBe(`/codes/alaska-psp/#${clause.id}`);
    expect(view.pageHref).toBe(`/codes/alaska-psp/${clause.id}/`);
    expect(view.citation).toContain(clause.name);
  });

  it('links the clause’s themes with the base path', () => {
    const code = site.codes.find(({ id }) => id === 'alaska-psp')!;
    const clause = code.clauses.find(({ themes, touches }) => themes.length > 0 && touches.length > 0)!;
    const view = clauseView(code, clause, site.guidelines, '/ethics/');
    expect(view.themes).toEqual(clause.themes.map((id) => ({ id, href: `/ethics/themes/${id}/` })));
    expect(view.touches).toEqual(clause.touches.map((id) => ({ id, href: `/ethics/themes/${id}/` })));
  });

  it('finds the practice guideline of an IAPS value, and none for other codes', () => {
    const iaps = site.codes.find(({ id }) => id === 'iaps')!;
    const withGuideline = iaps.clauses.filter(
      (clause) => clauseView(iaps, clause, site.guidelines, '/').guidelineId !== null,
    );
    expect(withGuideline.length).toBe(site.guidelines.filter((entry) => entry.data.value).length);
    const other = site.codes.find(({ id }) => id === 'peer-support-team')!;
    expect(
      other.clauses.every((clause) => clauseView(other, clause, site.guidelines, '/').guidelineId === null),
    ).toBe(true);
  });
});
