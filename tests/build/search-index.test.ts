// The built search index, searched in Node the way the browser searches it: topic words find the clauses
// on the topic (also through theme synonyms), each result is one clause with its own URL, and filters narrow.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, DIST, DIST_BASE, requireBuild } from '../../tools/lib/dist';
import { loadBuiltSearch, type NodeSearch } from '../support/pagefind';
import { loadContent, REAL_CONTENT } from '../support/content';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { filterAudiences } from '../../src/lib/marks';
import { UNUSED_PAGEFIND_FILES } from '../../src/integrations/pagefind';
import { themeReader, type ThemeModel } from '../../src/lib/theme-reading/model';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const clauseCount = site.codes.reduce((sum, code) => sum + code.clauses.length, 0);
/** The four money clauses of DBHDS and Alaska; another code may add its own (the suite survives growth). */
const MONEY_CLAUSES = [
  '/codes/dbhds-cprs/#conduct-3',
  '/codes/dbhds-cprs/#conduct-4',
  '/codes/alaska-psp/#conflicts-3',
  '/codes/alaska-psp/#conflicts-note',
];
/** Every clause tagged with the gifts theme, in any code, as search URLs. */
const giftsClauses = site.codes.flatMap((code) =>
  code.clauses
    .filter((clause) => clause.themes.includes('gifts-money'))
    .map((clause) => `/codes/${code.id}/#${clause.id}`),
);

describe('search index (dist/)', () => {
  let search: NodeSearch;
  beforeAll(async () => {
    requireBuild();
    search = await loadBuiltSearch(DIST);
  });

  it('indexes every clause, and nothing else, as its own record', async () => {
    const all = await search.search(null, { audience: ['Behavioral health', 'First responder'] });
    expect(all).toHaveLength(clauseCount);
    for (const data of all) expect(data.url).toMatch(/^\/codes\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    expect(new Set(all.map((data) => data.url)).size).toBe(clauseCount);
  });

  it('"money" finds the DBHDS and Alaska clauses on money, gifts and loans first', async () => {
    const urls = await search.urls('money');
    // First among the clauses on the theme: other codes' gifts clauses may rank beside them, nothing else above.
    const top = urls.slice(0, giftsClauses.length);
    expect(top).toEqual(expect.arrayContaining(MONEY_CLAUSES));
    expect(top.every((url) => giftsClauses.includes(url))).toBe(true);
  });

  it('titles a result "code short title, clause name" and carries the clause text', async () => {
    const [data] = await search.search('money', { code: ['Alaska PSP'] });
    expect(data?.meta.title).toMatch(/^Alaska PSP, Conflicts of Interest (3\.|NOTE)$/);
    const alaska = (await search.search('loans')).find(
      (result) => result.url === '/codes/alaska-psp/#conflicts-3',
    );
    expect(alaska?.meta.title).toBe('Alaska PSP, Conflicts of Interest 3.');
    expect(alaska?.meta.text).toContain('I will not accept substantial gifts or loans');
  });

  it('"dating" finds the sexual and romantic relationship clauses through the theme synonyms', async () => {
    const urls = await search.urls('dating');
    expect(urls).toEqual(
      expect.arrayContaining([
        '/codes/dbhds-cprs/#conduct-5',
        '/codes/dbhds-cprs/#conduct-6',
        '/codes/alaska-psp/#conflicts-2',
      ]),
    );
    // None of them says "dating": the match is the synonym.
    const texts = (await search.search('dating')).map((data) => data.meta.text.toLowerCase());
    expect(texts.some((text) => text.includes('dating'))).toBe(false);
  });

  it('"burnout" finds the clauses on a supporter\'s own wellness and seeking support', async () => {
    const urls = await search.urls('burnout');
    expect(urls).toEqual(
      expect.arrayContaining([
        '/codes/peer-support-team/#item-21',
        '/codes/peer-support-team/#item-17',
        '/codes/magellan-dbsa/#principle-9',
        '/codes/dbhds-cprs/#recovery-first',
        '/codes/alaska-psp/#conduct-4',
      ]),
    );
  });

  it('filters by code, theme and audience, and counts per value', async () => {
    expect(await search.urls('money', { code: ['Alaska PSP'] })).toEqual(
      expect.arrayContaining(['/codes/alaska-psp/#conflicts-3', '/codes/alaska-psp/#conflicts-note']),
    );
    expect(
      (await search.urls('money', { code: ['Alaska PSP'] })).every((url) =>
        url.startsWith('/codes/alaska-psp/'),
      ),
    ).toBe(true);

    const gifts = await search.urls(null, { theme: ['Gifts, money and loans'] });
    expect(gifts).toEqual(expect.arrayContaining(MONEY_CLAUSES));
    expect(new Set(gifts)).toEqual(new Set(giftsClauses));

    const responders = await search.urls('confidential', { audience: ['First responder'] });
    expect(responders.length).toBeGreaterThan(0);
    // A code is under an audience by our classification or by its source's own offer (lib/marks.ts), never else.
    const offered = site.codes
      .filter((code) => filterAudiences(code.data).includes('first-responder'))
      .map((code) => `/codes/${code.id}/`);
    expect(offered).toContain('/codes/peer-support-team/');
    expect(offered).not.toContain('/codes/alaska-psp/');
    expect(responders.every((url) => offered.some((prefix) => url.startsWith(prefix)))).toBe(true);

    const counted = await search.api.search('money', {});
    expect(counted.filters.code).toMatchObject({ 'Alaska PSP': 2, 'Virginia DBHDS': 2, IAPS: 0 });
    expect(counted.filters.theme?.['Gifts, money and loans']).toBeGreaterThanOrEqual(MONEY_CLAUSES.length);
  });

  it('a query that is markup finds nothing it should not and breaks nothing', async () => {
    const results = await search.search('<img src=x onerror=alert(1)>');
    for (const data of results) expect(data.meta.title).not.toContain('<');
  });

  it("ships the plain JS API and none of pagefind's style-injecting UIs", () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    for (const file of UNUSED_PAGEFIND_FILES)
      expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(false);
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(home).not.toMatch(/pagefind[\w-]*\.(js|css)/);
  });

  it('ships the theme model that reads a whole query in /data/search-theme-model.json', () => {
    const model = JSON.parse(readFileSync(join(DIST, 'data/search-theme-model.json'), 'utf8')) as ThemeModel;
    expect(Object.keys(model.centroids).sort()).toEqual(site.themes.map((theme) => theme.id).sort());
    const reading = themeReader(model).read('Could I lend a member twenty dollars for groceries');
    expect(reading[0]!.theme).toBe('gifts-money');
  });
});

describe('search index under the base path (dist-ethics/)', () => {
  it('gives clause URLs with the base path, exactly once', async () => {
    requireBuild(DIST_BASE);
    const search = await loadBuiltSearch(DIST_BASE);
    const urls = await search.urls('money');
    expect(urls).toContain(`${BASE_PATH}codes/alaska-psp/#conflicts-3`);
    for (const url of urls) expect(url.startsWith(`${BASE_PATH}codes/`)).toBe(true);
  });
});
