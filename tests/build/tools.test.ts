// The trainer and program-builder tools in the built site: scenario pages and their references, what each
// page loads, and the base path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, DIST, DIST_BASE, htmlPages, readPage, requireBuild } from '../../tools/lib/dist';
import { themeFileSchema } from '../../src/schemas/export';
import { pageWeigher } from '../../tools/lib/dist-report';

requireBuild();

/** Every script a page loads, following static imports between chunks (build-relative files). */
const site = pageWeigher(DIST);
const pageScripts = (file: string) => site.loadsOf(file).js;

describe('case scenarios', () => {
  const pages = htmlPages().filter((file) => /^scenarios\/[^/]+\/index\.html$/.test(file));

  it('has at least eight, in behavioral-health and first-responder settings', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const settings = pages.map((file) => readPage(file).querySelector('main .muted')?.textContent ?? '');
    expect(settings.some((text) => text.includes('Behavioral health'))).toBe(true);
    expect(settings.some((text) => text.includes('First responder'))).toBe(true);
  });

  it('cites clauses whose permalinks land on a clause, and asks questions', () => {
    for (const file of pages) {
      const page = readPage(file);
      const links = page.querySelectorAll('.cited-name a').map((a) => a.getAttribute('href')!);
      expect(links.length, file).toBeGreaterThan(0);
      for (const href of links) {
        const [path, anchor] = href.split('#');
        expect(
          readPage(`${path!.slice(1)}index.html`).querySelector(`[id="${anchor}"].clause`),
          `${file} -> ${href}`,
        ).not.toBeNull();
      }
      expect(page.querySelectorAll('.questions li').length, file).toBeGreaterThanOrEqual(2);
      // A scenario page is plain content: its only scripts are the theme picker and add-to-selection buttons.
      expect(
        pageScripts(file).some((src) => /SelectionHandout|code-builder|CodeBuilder/.test(src)),
        file,
      ).toBe(false);
    }
  });

  it('lists every scenario on /scenarios/', () => {
    expect(readPage('scenarios/index.html').querySelectorAll('.scenario-list li')).toHaveLength(pages.length);
  });
});

describe('what the pages load', () => {
  it('keeps a code page to a few KB of JavaScript, without the handout or builder scripts', () => {
    const scripts = pageScripts('codes/alaska-psp/index.html');
    // One script per entry (src/config/client-chunks.mjs): the clause controls, never the tools' entries.
    expect(scripts.some((src) => src.includes('ClauseEntry'))).toBe(true);
    expect(scripts.some((src) => /SelectionEntry|BuilderEntry/.test(src))).toBe(false);
    // "A few KB" (brief): colour scheme, search loader, the phone header's menus and selection count, the service
    // worker's registration, the phone header's show-on-scroll-up, the context bar and the clause actions (copy,
    // cite, embed, add) come to about 5.8 KB.
    expect(site.weigh('codes/alaska-psp/index.html').js.gzip).toBeLessThan(6.25 * 1024);
  });

  it('explains on /selection/ and /build/ what needs JavaScript', () => {
    expect(readPage('selection/index.html').querySelector('noscript')?.textContent).toContain(
      'needs JavaScript',
    );
    expect(readPage('build/index.html').querySelector('noscript')?.textContent).toContain('need JavaScript');
  });

  it('ships no style attribute and no inline script on the tools pages', () => {
    for (const file of [
      'selection/index.html',
      'build/index.html',
      'scenarios/index.html',
      'codes/alaska-psp/index.html',
    ]) {
      const page = readPage(file);
      expect(page.querySelectorAll('[style]'), file).toHaveLength(0);
      expect(page.querySelectorAll('script:not([src])'), file).toHaveLength(0);
    }
  });
});

describe('under the base path', () => {
  it('points the tools at the base path', () => {
    // A missing dist-ethics/ build is a failure, not a skip (scripts/test.sh builds it).
    requireBuild(DIST_BASE);
    const handout = readPage('selection/index.html', DIST_BASE).querySelector('selection-handout')!;
    expect(handout.getAttribute('data-codes-url')).toBe(`${BASE_PATH}data/codes.json`);
    const builder = readPage('build/index.html', DIST_BASE);
    expect(builder.querySelector('code-builder')?.getAttribute('data-themes-url')).toBe(
      `${BASE_PATH}themes/`,
    );
    expect(builder.querySelector('code-builder')?.getAttribute('data-theme-url')).toBe(
      `${BASE_PATH}data/themes/{id}.json`,
    );
    const gifts = themeFileSchema.parse(
      JSON.parse(readFileSync(join(DIST_BASE, 'data/themes/gifts-money.json'), 'utf8')),
    );
    const clause = gifts.clauses.find(({ ref }) => ref === 'alaska-psp:conflicts-3');
    expect([gifts.url, clause?.url, clause?.codeUrl]).toEqual([
      `${BASE_PATH}themes/gifts-money/`,
      `${BASE_PATH}codes/alaska-psp/#conflicts-3`,
      `${BASE_PATH}codes/alaska-psp/`,
    ]);
    const scenario = readPage('scenarios/gift-at-graduation/index.html', DIST_BASE);
    expect(scenario.querySelector('.cited-name a')?.getAttribute('href')).toBe(
      `${BASE_PATH}codes/alaska-psp/#conflicts-3`,
    );
    // Every script is addressed under the base path, and what it imports resolves inside the build.
    const sources = readPage('codes/alaska-psp/index.html', DIST_BASE)
      .querySelectorAll('script[src]')
      .map((script) => script.getAttribute('src')!);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((src) => !src.startsWith(BASE_PATH))).toEqual([]);
    expect(pageWeigher(DIST_BASE, BASE_PATH).loadsOf('codes/alaska-psp/index.html').js.length).toBe(
      pageScripts('codes/alaska-psp/index.html').length,
    );
  });
});
