// The clause page's props, and the check that keeps clause ids off the pages under a code.
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { validateContent } from '../../src/lib/content/validate';
import type { ClauseSource } from '../../src/lib/content/types';
import { clausePageView } from '../../src/lib/views/clause-page';
import { REAL_CONTENT, loadContent } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const codeOf = (id: string) => site.codes.find((code) => code.id === id)!;
const clauseOf = (codeId: string, clauseId: string) =>
  codeOf(codeId).clauses.find((clause) => clause.id === clauseId)!;

describe('clausePageView', () => {
  it('describes a clause with its lead-in, links to it in its code and names its image', () => {
    const view = clausePageView({
      code: codeOf('peer-support-team'),
      clause: clauseOf('peer-support-team', 'item-3'),
      guidelines: site.guidelines,
      plan: 'clause',
      base: '/ethics/',
    });
    expect(view.description).toBe(
      'Peer support team members: keep themselves current in all matters of peer support confidentiality.',
    );
    expect(view.leadIn).toBe('Peer support team members:');
    expect(view.readInCodeHref).toBe('/ethics/codes/peer-support-team/#item-3');
    expect(view.pageHref).toBe('/ethics/codes/peer-support-team/item-3/');
    expect(view.canonicalPath).toBe('codes/peer-support-team/item-3/');
    expect(view.embedHref).toBe('/ethics/embed/peer-support-team/item-3/');
    expect(view.imageHref).toBe('/ethics/og/peer-support-team/item-3.png');
    expect(view.title).toBe('Peer Support Team, Item 3.');
    expect(view.guidelineId).toBeNull();
  });

  it('uses the code image under the per-code plan, and finds the IAPS guideline', () => {
    const view = clausePageView({
      code: codeOf('iaps'),
      clause: clauseOf('iaps', 'voluntary'),
      guidelines: site.guidelines,
      plan: 'code',
      base: '/',
    });
    expect(view.imageHref).toBe('/og/iaps.png');
    expect(view.guidelineId).toBe(
      site.guidelines.find((guideline) => guideline.data.value === 'voluntary')!.id,
    );
    expect(view.guidelineHref).toBe(`/codes/iaps/guidelines/#${view.guidelineId}`);
  });

  it('gives the section heading link where the code has sections', () => {
    const view = clausePageView({
      code: codeOf('alaska-psp'),
      clause: clauseOf('alaska-psp', 'conflicts-3'),
      guidelines: [],
      plan: 'clause',
      base: '/',
    });
    expect(view.section).toBe('Conflicts of Interest');
    expect(view.sectionHref).toMatch(/^\/codes\/alaska-psp\/#conflicts-of-interest/);
    expect(view.paragraphs.join(' ')).toContain('I will not accept substantial gifts or loans');
  });
});

describe('clause ids and the pages under a code', () => {
  const clause = (id: string, aliases: string[] = []): ClauseSource => ({
    id,
    label: '1.',
    section: null,
    sectionId: null,
    leadIn: null,
    themes: ['hope'],
    touches: [],
    aliases,
    text: 'Text.',
    line: 3,
  });
  const check = (clauses: ClauseSource[]) =>
    validateContent({
      codes: [{ id: 'iaps', file: 'codes/iaps.mdx', clauses, headingIds: [] }],
      themeIds: ['hope'],
      guidelines: [],
    });

  it('rejects a clause id that would take the address of /codes/<code>/guidelines/', () => {
    expect(check([clause('guidelines')])).toEqual([
      {
        file: 'codes/iaps.mdx',
        clause: 'guidelines',
        message:
          'clause id "guidelines" collides with the page /codes/iaps/guidelines/: every clause has a page at /codes/iaps/<clause id>/, so choose another id',
      },
    ]);
  });

  it('rejects the code id "page", the path of the code list\'s further pages', () => {
    const problems = validateContent({
      codes: [{ id: 'page', file: 'codes/page.mdx', clauses: [clause('value-1')], headingIds: [] }],
      themeIds: ['hope'],
      guidelines: [],
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'code id "page" is taken by the pages of the code list (/codes/page/2/…): rename the file',
    ]);
  });

  it('rejects such an alias too, and accepts ordinary ids', () => {
    expect(check([clause('value-1', ['guidelines'])]).map((problem) => problem.message)).toEqual([
      expect.stringContaining('collides with the page /codes/iaps/guidelines/'),
    ]);
    expect(check([clause('value-1')])).toEqual([]);
  });
});

describe('imagePlan', () => {
  it('makes an image per clause up to the limit and per code above it', async () => {
    const { imagePlan, clauseImagePath, IMAGE_PER_CLAUSE_LIMIT } = await import('../../src/lib/og/plan');
    const clauses = site.codes.reduce((sum, code) => sum + code.clauses.length, 0);
    expect(imagePlan(site)).toBe('clause');
    expect(imagePlan(site, clauses)).toBe('clause');
    expect(imagePlan(site, clauses - 1)).toBe('code');
    expect(IMAGE_PER_CLAUSE_LIMIT).toBeGreaterThan(clauses);
    expect(clauseImagePath('code', 'iaps', 'voluntary')).toBe('og/iaps.png');
    expect(clauseImagePath('clause', 'iaps', 'voluntary')).toBe('og/iaps/voluntary.png');
  });
});
