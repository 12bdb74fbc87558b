// The page view functions (src/lib/views/), on the fixture content and on the real content: what each page
// renders, computed without Astro.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import type { SiteData } from '../../src/lib/content/model';
import { buildCrosswalk } from '../../src/lib/crosswalk/matrix';
import { COLUMNS_PER_PAGE } from '../../src/lib/crosswalk/pages';
import { themeGroups } from '../../src/schemas/theme';
import { builderView } from '../../src/lib/views/builder';
import { codePageView } from '../../src/lib/views/code-page';
import { guidelineForClause } from '../../src/lib/views/clause';
import {
  compareCodeView,
  compareIndexView,
  comparePageView,
  compareToolsView,
} from '../../src/lib/views/compare-page';
import { crosswalkPageView } from '../../src/lib/views/crosswalk-page';
import { comparePairRoutes, crosswalkRoutes } from '../../src/lib/routing/routes';
import { guidelinesPageView } from '../../src/lib/views/guidelines-page';
import { coverageGlance, siteCounts } from '../../src/lib/views/home';
import { scenarioLinks } from '../../src/lib/views/scenario-links';
import { scenarioPageView } from '../../src/lib/views/scenario-page';
import { scenariosIndexView } from '../../src/lib/views/scenarios-index';
import { searchPageView } from '../../src/lib/views/search-page';
import { groupThemes } from '../../src/lib/views/theme-groups';
import { themePageView } from '../../src/lib/views/theme-page';
import { themesIndexView } from '../../src/lib/views/themes-index';
import { FIXTURES, loadContent, REAL_CONTENT } from '../support/content';

const good = assembleSiteData(loadContent(join(FIXTURES, 'good')));
const real = assembleSiteData(loadContent(REAL_CONTENT));

/** The fixture with Fixture Team's consent clause removed, so that code is silent on consent. */
const withGap: SiteData = {
  ...good,
  codes: good.codes.map((code) =>
    code.id === 'team'
      ? { ...code, clauses: code.clauses.filter((clause) => clause.id !== 'conduct-2') }
      : code,
  ),
};
/**
 * withGap and two more codes: Fixture Passing (only IAPS's clause that touches on consent) and Fixture Draft (a
 * draft copy of Fixture Team): on consent one code addresses it, one in passing, one is silent, one not reviewed.
 */
const mixed: SiteData = {
  ...withGap,
  codes: [
    ...withGap.codes,
    ...withGap.codes.flatMap((code) =>
      code.id === 'iaps'
        ? [
            {
              ...code,
              id: 'passing',
              data: { ...code.data, shortTitle: 'Fixture Passing' },
              clauses: code.clauses.filter((clause) => clause.id === 'hopeful'),
            },
          ]
        : [
            {
              ...code,
              id: 'draft',
              data: { ...code.data, shortTitle: 'Fixture Draft', status: 'draft' as const },
            },
          ],
    ),
  ],
};
const byId = <T extends { id: string }>(items: T[], id: string): T => {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no "${id}"`);
  return item;
};

describe('groupThemes', () => {
  it('keeps theme group order and drops empty groups', () => {
    const groups = groupThemes(real.themes);
    expect(groups.map(({ group }) => group)).toEqual(
      themeGroups.filter((group) => real.themes.some((theme) => theme.data.group === group)),
    );
    expect(groups.flatMap(({ themes }) => themes).length).toBe(real.themes.length);
    expect(groupThemes(good.themes).map(({ group, label }) => [group, label])).toEqual([
      ['values', 'Values and approach'],
    ]);
  });

  it('maps each theme with the given function', () => {
    expect(groupThemes(good.themes, (theme) => theme.data.label)[0]?.themes).toEqual(['Consent', 'Hope']);
  });
});

describe('codePageView', () => {
  it('lists the themes a code is silent on', () => {
    const team = byId(withGap.codes, 'team');
    const view = codePageView(withGap, buildCrosswalk(withGap), team);
    expect(view.gaps.map(({ theme }) => theme.id)).toEqual(['consent']);
    expect(view.themeCount).toBe(2);
    expect(view.hasGuidelines).toBe(false);
    expect(codePageView(good, buildCrosswalk(good), byId(good.codes, 'iaps')).hasGuidelines).toBe(true);
  });

  it('gives its links and preview image with the base path', () => {
    const team = byId(withGap.codes, 'team');
    expect(codePageView(withGap, buildCrosswalk(withGap), team).gaps[0]?.href).toBe('/themes/consent/');
    const view = codePageView(withGap, buildCrosswalk(withGap), team, '/ethics/');
    expect(view.gaps.map(({ href }) => href)).toEqual(['/ethics/themes/consent/']);
    expect(view.imageHref).toBe('/ethics/og/team.png');
  });

  it('finds the guideline of an IAPS value and none for other codes', () => {
    expect(guidelineForClause(good.guidelines, 'iaps', 'voluntary')?.id).toBe('voluntary');
    expect(guidelineForClause(good.guidelines, 'iaps', 'hopeful')).toBeUndefined();
    expect(guidelineForClause(good.guidelines, 'team', 'voluntary')).toBeUndefined();
  });
});

describe('themePageView', () => {
  it('splits speaking and silent codes and counts coverage', () => {
    const view = themePageView(withGap, buildCrosswalk(withGap), byId(withGap.themes, 'consent'));
    expect(view.groupLabel).toBe('Values and approach');
    expect(view.speaking.map(({ code }) => code.id)).toEqual(['iaps']);
    expect(view.speaking[0]?.cell.direct.map((clause) => clause.id)).toEqual(['voluntary']);
    expect(view.speaking[0]?.cell.touches.map((clause) => clause.id)).toEqual(['hopeful']);
    expect(view.silent.map(({ code }) => code.id)).toEqual(['team']);
    expect(view.coverage).toMatchObject({ direct: 1, touches: 0, total: 2 });
    expect(view.inFull).toBe(true);
  });

  it('gives every link with the base path', () => {
    const view = themePageView(withGap, buildCrosswalk(withGap), byId(withGap.themes, 'consent'), '/ethics/');
    expect(view.speaking[0]?.href).toBe('/ethics/codes/iaps/');
    expect(view.speaking[0]?.quotes.map(({ href }) => href)).toEqual([
      '/ethics/codes/iaps/#voluntary',
      '/ethics/codes/iaps/#hopeful',
    ]);
    expect(view.silent.map(({ href }) => href)).toEqual(['/ethics/codes/team/']);
    expect(view.related).toEqual([{ id: 'hope', href: '/ethics/themes/hope/' }]);
    expect(view.crosswalkHref).toBe('/ethics/crosswalk/#theme-consent');
    const hope = themePageView(good, buildCrosswalk(good), byId(good.themes, 'hope'), '/ethics/');
    expect(hope.scenarios.map(({ href }) => href)).toEqual(['/ethics/scenarios/a-gift/']);
  });

  it('says how many codes speak to the theme, which only in passing, which are silent or not reviewed', () => {
    const view = themePageView(mixed, buildCrosswalk(mixed), byId(mixed.themes, 'consent'));
    expect(view.coverageSentence).toEqual({
      count: '2 of 4 codes',
      rest:
        ' speak to this theme (1 only in passing); Fixture Team is silent.' +
        ' Fixture Draft: not reviewed (tagging proposed, not yet reviewed).',
    });
    const all = themePageView(good, buildCrosswalk(good), byId(good.themes, 'hope')).coverageSentence;
    expect(all.count + all.rest).toBe('2 of 2 codes speak to this theme.');
  });
});

describe('themesIndexView', () => {
  it('gives every theme its coverage label', () => {
    const view = themesIndexView(withGap, buildCrosswalk(withGap));
    expect(view.themeCount).toBe(2);
    expect(view.groups[0]?.themes.map(({ theme, coverage }) => [theme.id, coverage.label])).toEqual([
      ['consent', '1 of 2 codes'],
      ['hope', '2 of 2 codes'],
    ]);
  });

  it('links every theme with the base path', () => {
    const view = themesIndexView(good, buildCrosswalk(good), '/ethics/');
    expect(view.groups[0]?.themes.map(({ href }) => href)).toEqual([
      '/ethics/themes/consent/',
      '/ethics/themes/hope/',
    ]);
  });
});

describe('crosswalkPageView', () => {
  it('has one page at a few codes, with each code’s coverage', () => {
    expect(crosswalkRoutes(good)).toEqual([{ params: { page: undefined }, props: { pageNumber: 1 } }]);
    const view = crosswalkPageView(withGap, buildCrosswalk(withGap), 1);
    expect(view.pageNote).toBe('');
    expect(view.codes.map(({ code, coverage }) => [code.id, coverage.label])).toEqual([
      ['iaps', '2 of 2 themes'],
      ['team', '1 of 2 themes'],
    ]);
  });

  it('pages the columns above COLUMNS_PER_PAGE codes and names the range', () => {
    const many: SiteData = {
      ...good,
      codes: Array.from({ length: COLUMNS_PER_PAGE + 3 }, (_, index) => ({
        ...good.codes[0]!,
        id: `code-${index + 1}`,
      })),
    };
    expect(crosswalkRoutes(many).map(({ params }) => params.page)).toEqual([undefined, '2']);
    const second = crosswalkPageView(many, buildCrosswalk(many), 2);
    expect(second.codes.map(({ code }) => code.id)).toEqual(['code-11', 'code-12', 'code-13']);
    expect(second.pageNote).toBe(` (codes 11–13 of ${COLUMNS_PER_PAGE + 3})`);
    expect(() => crosswalkPageView(many, buildCrosswalk(many), 3)).toThrow(/no page 3/);
    expect([1, 2].map(second.pageHref)).toEqual(['/crosswalk/', '/crosswalk/2/']);
  });

  it('gives the columns, rows, cells and pages their links with the base path', () => {
    const view = crosswalkPageView(withGap, buildCrosswalk(withGap), 1, '/ethics/');
    expect(view.codes.map(({ href }) => href)).toEqual(['/ethics/codes/iaps/', '/ethics/codes/team/']);
    const consent = view.groups[0]?.themes.find(({ theme }) => theme.id === 'consent');
    expect(consent?.href).toBe('/ethics/themes/consent/');
    expect(consent?.cells.map(({ code, direct, touches }) => [code.id, direct, touches])).toEqual([
      [
        'iaps',
        [{ name: '1', href: '/ethics/codes/iaps/#voluntary' }],
        [{ name: '2', href: '/ethics/codes/iaps/#hopeful' }],
      ],
      ['team', [], []],
    ]);
    expect(view.pageHref(1)).toBe('/ethics/crosswalk/');
    expect(view.pageHref(3)).toBe('/ethics/crosswalk/3/');
  });
});

describe('compare views', () => {
  it('notes each row and sums up the pair in the three cell states', () => {
    const [iaps, team] = [byId(withGap.codes, 'iaps'), byId(withGap.codes, 'team')];
    const view = comparePageView(withGap.themes, iaps, team);
    expect(view.summary).toMatch(/^Of 2 themes, Fixture IAPS addresses \d/);
    expect(view.rows.find(({ theme }) => theme.id === 'consent')?.note).toMatch(
      /Fixture IAPS: .* · .*: silent/,
    );
    expect(view.hrefs.swap).toBe('/compare/team/iaps/');
    expect(view.rows.map(({ theme, side }) => [theme.id, side])).toEqual([
      ['consent', 'only-a'],
      ['hope', 'both'],
    ]);
  });

  it('routes every ordered pair and lists each unordered pair once', () => {
    expect(comparePairRoutes(real)).toHaveLength(real.codes.length * (real.codes.length - 1));
    const index = compareIndexView(good);
    expect(index.staticPairs).toBe(true);
    expect(index.pairs.map(({ a, b, href }) => [`${a.id}/${b.id}`, href])).toEqual([
      ['iaps/team', '/compare/iaps/team/'],
    ]);
  });

  it('offers one code’s pairings, the picker’s second code and every link with the base path', () => {
    const view = compareCodeView(good, byId(good.codes, 'team'), '/ethics/');
    expect(view.codeHref).toBe('/ethics/codes/team/');
    expect(view.secondId).toBe('iaps');
    expect(view.staticPairs).toBe(true);
    expect(view.pairs.map(({ other, href }) => [other.id, href])).toEqual([
      ['iaps', '/ethics/compare/team/iaps/'],
    ]);
    expect(compareIndexView(good, '/ethics/').pairs[0]?.href).toBe('/ethics/compare/iaps/team/');
    const [iaps, team] = [byId(good.codes, 'iaps'), byId(good.codes, 'team')];
    const pair = comparePageView(good.themes, iaps, team, '/ethics/');
    expect(pair.hrefs).toEqual({
      compareIndex: '/ethics/compare/',
      codeA: '/ethics/codes/iaps/',
      codeB: '/ethics/codes/team/',
      swap: '/ethics/compare/team/iaps/',
    });
    expect(pair.rows[0]?.theme.href).toBe('/ethics/themes/consent/');
    const tools = compareToolsView(good, '/ethics/');
    expect([tools.pairTemplate, tools.compareIndex, tools.codeUrl, tools.themes[0]?.url]).toEqual([
      '/ethics/compare/{a}/{b}/',
      '/ethics/compare/',
      '/ethics/data/codes/{id}.json',
      '/ethics/themes/consent/',
    ]);
  });
});

describe('builderView', () => {
  it('counts the clauses on each theme, from every code, without carrying them', () => {
    const view = builderView(good);
    const hope = view.groups[0]?.themes.find(({ theme }) => theme.id === 'hope');
    // iaps:hopeful, team:conduct-1 and team:conduct-2 address hope.
    expect(hope?.count).toBe(3);
    expect(view.groups.flatMap(({ themes }) => themes)).toHaveLength(good.themes.length);
    expect(view.themeCount).toBe(good.themes.length);
    const clausesOnThemes = real.codes.flatMap((code) => code.clauses.flatMap((clause) => clause.themes));
    const counted = builderView(real).groups.flatMap(({ themes }) => themes.map(({ count }) => count));
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(clausesOnThemes.length);
  });

  it('links each theme, its clause file and the source codes with the base path', () => {
    const view = builderView(good, '/ethics/');
    expect(view.groups[0]?.themes.map(({ href }) => href)).toEqual([
      '/ethics/themes/consent/',
      '/ethics/themes/hope/',
    ]);
    expect(view.themeJsonTemplate).toBe('/ethics/data/themes/{id}.json');
    expect(view.sources).toEqual([
      { shortTitle: 'Fixture IAPS', href: '/ethics/codes/iaps/' },
      { shortTitle: 'Fixture Team', href: '/ethics/codes/team/' },
    ]);
  });
});

describe('scenarioPageView', () => {
  it('resolves the cited clauses in order and names the settings', () => {
    const view = scenarioPageView(good, byId(good.scenarios, 'a-gift'));
    expect(view.settings).toBe('Behavioral health');
    expect(view.cited.map(({ name }) => name)).toEqual(['Fixture Team, Conduct 1.', 'Fixture IAPS, 1.']);
    expect(view.handoutHref).toBe('/selection/?c=team:conduct-1,iaps:voluntary');
  });

  it('links the cited clauses, the handout and the themes with the base path', () => {
    const view = scenarioPageView(good, byId(good.scenarios, 'a-gift'), '/ethics/');
    expect(view.cited.map(({ href }) => href)).toEqual([
      '/ethics/codes/team/#conduct-1',
      '/ethics/codes/iaps/#voluntary',
    ]);
    expect(view.handoutHref).toBe('/ethics/selection/?c=team:conduct-1,iaps:voluntary');
    expect(view.themes).toEqual([{ id: 'hope', href: '/ethics/themes/hope/' }]);
  });
});

describe('scenariosIndexView', () => {
  it('links every scenario and the about page’s section with the base path', () => {
    const view = scenariosIndexView(good, '/ethics/');
    expect(view.scenarios.map(({ href }) => href)).toEqual(['/ethics/scenarios/a-gift/']);
    expect(view.conflictingGuidanceHref).toBe('/ethics/about/#conflicting-guidance');
  });
});

describe('guidelinesPageView', () => {
  it('pairs each value guideline with its IAPS clause', () => {
    const view = guidelinesPageView(good);
    expect(view.values.map(({ guideline, value }) => [guideline.id, value?.id])).toEqual([
      ['voluntary', 'voluntary'],
    ]);
    expect(view.intro).toEqual([]);
    const realView = guidelinesPageView(real);
    expect(realView.intro.length + realView.values.length + realView.after.length).toBe(
      real.guidelines.length,
    );
    expect(realView.values.every(({ value }) => value !== undefined)).toBe(true);
  });

  it('links the IAPS code and each value in it with the base path', () => {
    const view = guidelinesPageView(good, '/ethics/');
    expect(view.iapsHref).toBe('/ethics/codes/iaps/');
    expect(view.values.map(({ valueHref }) => valueHref)).toEqual(['/ethics/codes/iaps/#voluntary']);
    expect(guidelinesPageView(good).iapsHref).toBe('/codes/iaps/');
    expect(guidelinesPageView(real).after.every(({ valueHref }) => valueHref === undefined)).toBe(true);
  });

  it('fails clearly without the IAPS code', () => {
    expect(() =>
      guidelinesPageView({ ...good, codes: good.codes.filter((code) => code.id !== 'iaps') }),
    ).toThrow(/needs the code "iaps"/);
  });
});

describe('searchPageView and siteCounts', () => {
  it('offers the labels the index carries', () => {
    const view = searchPageView(good);
    expect(view.checkboxFilters).toEqual([
      { legend: 'Code', name: 'code', options: ['Fixture IAPS', 'Fixture Team'] },
      { legend: 'Audience', name: 'audience', options: ['Behavioral health', 'First responder'] },
    ]);
    expect(view.themeOptions.map(({ label, themes }) => [label, themes])).toEqual([
      ['Values and approach', ['Consent', 'Hope']],
    ]);
  });

  it('counts codes, clauses and themes', () => {
    expect(siteCounts(good)).toEqual({ codes: 2, clauses: 4, themes: 2 });
  });
});

describe('coverageGlance and scenarioLinks', () => {
  it('gives the glance a heat level per code and theme, and counts themes addressed, from the crosswalk', () => {
    const glance = coverageGlance(buildCrosswalk(withGap), '/ethics/');
    expect(glance.rows.map((row) => row.label)).toEqual(withGap.codes.map((code) => code.data.shortTitle));
    expect(glance.rows.every((row) => row.heat.length === withGap.themes.length)).toBe(true);
    expect(glance.themeCount).toBe(withGap.themes.length);
    expect(glance.crosswalkHref).toBe('/ethics/crosswalk/');
  });

  it('links each scenario with the base path, its title, settings in words and summary', () => {
    const links = scenarioLinks(real.scenarios, '/ethics/');
    expect(links).toHaveLength(real.scenarios.length);
    const first = real.scenarios[0]!;
    expect(links[0]).toMatchObject({
      href: `/ethics/scenarios/${first.id}/`,
      title: first.data.title,
      summary: first.data.summary,
    });
    expect(links[0]!.settings).not.toBe('');
  });
});
