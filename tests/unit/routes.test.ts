// lib/routing/routes.ts: which pages the build makes from site data, each list in Astro's { params, props } shape.
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { imagePlan } from '../../src/lib/og/plan';
import {
  clauseImageRoutes,
  clausePageRoutes,
  codeListRoutes,
  codeRoutes,
  compareCodeRoutes,
  comparePairRoutes,
  crosswalkRoutes,
  embedRoutes,
  scenarioRoutes,
  themeDataRoutes,
  themeRoutes,
} from '../../src/lib/routing/routes';
import { REAL_CONTENT, loadContent } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const codeOf = (id: string) => site.codes.find((code) => code.id === id)!;
const clauseCount = site.codes.reduce((sum, code) => sum + code.clauses.length, 0);

describe('clausePageRoutes', () => {
  it('makes one page per clause id and one per alias, each showing the current clause', () => {
    const code = structuredClone(codeOf('alaska-psp'));
    code.clauses[0]!.aliases = ['old-name'];
    const routes = clausePageRoutes({ codes: [code] });
    expect(routes).toHaveLength(code.clauses.length + 1);
    expect(routes[1]).toEqual({
      params: { code: 'alaska-psp', clause: 'old-name' },
      props: { code, clause: code.clauses[0] },
    });
  });

  it('covers every clause of the real content', () => {
    expect(clausePageRoutes(site)).toHaveLength(clauseCount);
  });
});

describe('every route list', () => {
  const lists = {
    codeRoutes: codeRoutes(site),
    clausePageRoutes: clausePageRoutes(site),
    codeListRoutes: codeListRoutes(site),
    comparePairRoutes: comparePairRoutes(site),
    compareCodeRoutes: compareCodeRoutes(site),
    crosswalkRoutes: crosswalkRoutes(site),
    themeRoutes: themeRoutes(site),
    scenarioRoutes: scenarioRoutes(site),
    embedRoutes: embedRoutes(site),
    clauseImageRoutes: clauseImageRoutes(site),
    themeDataRoutes: themeDataRoutes(site),
  };

  it.each(Object.entries(lists))('%s gives each page its own URL', (_, routes) => {
    const urls = routes.map(({ params }) => JSON.stringify(params));
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('makes a page for each code, theme, scenario and clause of the real content', () => {
    expect(lists.codeRoutes.map(({ params }) => params.code)).toEqual(site.codes.map((code) => code.id));
    expect(lists.themeRoutes.map(({ props }) => props.theme)).toEqual(site.themes);
    expect(lists.scenarioRoutes.map(({ params }) => params.scenario)).toEqual(
      site.scenarios.map(({ id }) => id),
    );
    expect(lists.embedRoutes).toHaveLength(clauseCount);
    expect(lists.comparePairRoutes).toHaveLength(site.codes.length * (site.codes.length - 1));
    expect(lists.crosswalkRoutes[0]).toEqual({ params: { page: undefined }, props: { pageNumber: 1 } });
  });

  it('makes clause preview images only when the build plans one per clause', () => {
    expect(lists.clauseImageRoutes).toHaveLength(imagePlan(site) === 'clause' ? clauseCount : 0);
  });
});
