// Finding your way: filtered views kept in the address (compare, crosswalk), a code chosen in the compare
// address, suggestions on a 404, and a code page reached with a clause id it does not have.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('finding your way', () => {
  const site = useSiteInBrowser();
  const shownRows = (page: Page) =>
    page.$$eval('.compare-row[data-side]', (rows) =>
      rows.filter((row) => !(row as HTMLElement).hidden).map((row) => row.getAttribute('data-side')),
    );

  it('compare: "only differences" keeps to the themes one code covers, in the address, and comes back from it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}compare/alaska-psp/iaps/`);
    const all = await shownRows(page);
    expect(all).toHaveLength(30);
    const differences = all.filter((side) => side === 'only-a' || side === 'only-b').length;
    expect(differences).toBeGreaterThan(0);

    await page.getByLabel(/Only differences/).check();
    expect(new URL(page.url()).search).toBe('?show=differences');
    const shown = await shownRows(page);
    expect(shown).toHaveLength(differences);
    expect(shown.every((side) => side === 'only-a' || side === 'only-b')).toBe(true);
    await expect
      .poll(() => page.locator('[data-filter-status]').textContent())
      .toBe(`Showing ${differences} of 30 themes.`);

    // The address restores the view on a fresh load; a summary count link filters to its side.
    await page.goto(`${site.server.url}compare/alaska-psp/iaps/?show=differences`);
    expect(await shownRows(page)).toEqual(shown);
    expect(await page.getByLabel(/Only differences/).isChecked()).toBe(true);
    await page.locator('a[data-show="neither"]').click();
    expect(new URL(page.url()).search).toBe('?show=neither');
    expect([...new Set(await shownRows(page))]).toEqual(['neither']);
    // A jump to a theme the filter hides shows every theme again.
    await page.locator('.jump summary').click();
    await page.locator('.jump a').first().click();
    expect(await shownRows(page)).toHaveLength(30);
    await page.close();
  });

  it('compare: /compare/<code>/ is the picker with that code chosen', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.url}compare/alaska-psp/`);
    expect(response?.status()).toBe(200);
    expect(await page.getByLabel('First code').inputValue()).toBe('alaska-psp');
    await page.getByLabel('Second code').selectOption('dbhds-cprs');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`${site.server.url}compare/alaska-psp/dbhds-cprs/`);
    await page.close();
  });

  it('compare: three codes at once from ?codes=, chosen by ticking, with bad ids named', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}compare/`);
    for (const name of ['Alaska PSP', 'IAPS', 'Virginia DBHDS'])
      await page.locator('compare-many').getByLabel(name).check();
    await page.getByRole('button', { name: 'Compare these codes' }).click();
    await page.waitForURL(/\/compare\/\?codes=/);
    const ids = new URL(page.url()).searchParams.get('codes')?.split(',') ?? [];
    expect([...ids].sort()).toEqual(['alaska-psp', 'dbhds-cprs', 'iaps']);
    const themes = page.locator('compare-view .compare-row');
    await expect.poll(() => themes.count()).toBe(30);
    // Each theme shows one column per chosen code, in the address's order.
    const names: Record<string, string> = {
      'alaska-psp': 'Alaska PSP',
      iaps: 'IAPS',
      'dbhds-cprs': 'Virginia DBHDS',
    };
    expect(await themes.first().locator('.side-code').allTextContents()).toEqual(ids.map((id) => names[id]));
    // The order given in the address is the order shown.
    await page.goto(`${site.server.url}compare/?codes=dbhds-cprs,iaps,alaska-psp`);
    await expect
      .poll(() => themes.first().locator('.side-code').allTextContents())
      .toEqual(['Virginia DBHDS', 'IAPS', 'Alaska PSP']);
    const gifts = page.locator('#theme-gifts-money');
    expect(await gifts.locator('h3').textContent()).toBe('Gifts, money and loans');
    expect(await gifts.locator('.side-note').textContent()).toMatch(
      /Virginia DBHDS|All address it|All in passing/,
    );
    expect(await page.locator('compare-many').getByLabel('IAPS').isChecked()).toBe(true);

    await page.goto(`${site.server.url}compare/?codes=alaska-psp,ghost`);
    await expect
      .poll(() => page.locator('compare-view .compare-status').textContent())
      .toBe('No code with the id “ghost” on this site; choose at least 2 codes.');
    expect(await themes.count()).toBe(0);
    await page.close();
  });

  it('crosswalk: the filters live in the address and come back on load', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}crosswalk/`);
    await page.getByLabel('Theme group').selectOption('boundaries');
    await page.getByLabel('Behavioral health').uncheck();
    expect(new URL(page.url()).search).toBe('?audience=first-responder&group=boundaries');
    await page.locator('.code-filter summary').click();
    await page.getByLabel('Behavioral health').check();
    await page.locator('.code-filter').getByLabel('IAPS').uncheck();
    const search = new URL(page.url()).search;
    expect(search).toMatch(/^\?group=boundaries&codes=/);
    expect(search).not.toContain('iaps');

    const fresh = await site.browser.newPage();
    await fresh.goto(`${site.server.url}crosswalk/${search}`);
    const columns = await fresh.$$eval('#matrix thead th[data-code]', (cells) =>
      cells.filter((cell) => !(cell as HTMLElement).hidden).map((cell) => cell.getAttribute('data-code')),
    );
    expect(columns).toHaveLength(4);
    expect(columns).not.toContain('iaps');
    const rows = await fresh.$$eval('#matrix tbody[data-group]', (bodies) =>
      bodies.filter((body) => !(body as HTMLElement).hidden).map((body) => body.getAttribute('data-group')),
    );
    expect(rows).toEqual(['boundaries']);
    expect(await fresh.getByLabel('Theme group').inputValue()).toBe('boundaries');

    // Unknown values are named, not silently applied.
    await fresh.goto(`${site.server.url}crosswalk/?group=nope&codes=ghost`);
    await expect
      .poll(() => fresh.locator('crosswalk-filters .status').textContent())
      .toContain('ignored: nope, ghost');
    expect(await fresh.$$eval('#matrix thead th[data-code]:not([hidden])', (cells) => cells.length)).toBe(5);
    await page.close();
    await fresh.close();
  });

  it('crosswalk: a skip link jumps past the matrix; clause numbers read "1, 12"', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}crosswalk/`);
    await page.locator('a.skip-matrix').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('after-matrix');
    // The comma (drawn inside each link but the last, after its text) must follow the number: the link's box
    // may end past its text by the comma's own width, and no more (no space before the comma).
    const gaps = await page.$$eval('#matrix .clauses li:not(:last-child):not(.touch) > a', (links) => {
      const context = document.createElement('canvas').getContext('2d')!;
      return links.map((link) => {
        const range = document.createRange();
        range.selectNodeContents(link);
        const after = getComputedStyle(link, '::after');
        context.font = getComputedStyle(link).font;
        const comma = after.content === '","' ? context.measureText(',').width : 0;
        return link.getBoundingClientRect().right - range.getBoundingClientRect().right - comma;
      });
    });
    expect(gaps.length).toBeGreaterThan(5);
    expect(gaps.filter((gap) => gap > 1 || gap < -1)).toEqual([]);
    await page.close();
  });

  it('404: suggests the closest pages and a search with the mistyped words', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.url}themes/gift/`);
    expect(response?.status()).toBe(404);
    const suggestions = page.getByRole('region', { name: 'Did you mean' }).getByRole('link');
    await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
    expect(await suggestions.first().textContent()).toBe('Gifts, money and loans');
    expect(await suggestions.first().getAttribute('href')).toBe('/themes/gifts-money/');
    const search = page.getByRole('link', { name: 'Search for “gift”' });
    expect(await search.getAttribute('href')).toBe('/search/?q=gift');
    await page.close();
  });

  it('code page: a missing #fragment says so and offers the contents', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}codes/dbhds-cprs/#conduct-99`);
    const note = page.locator('[data-missing-fragment]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('#conduct-99');
    expect(await note.getByRole('link', { name: /contents/ }).getAttribute('href')).toBe('#contents');
    await page.goto(`${site.server.url}codes/dbhds-cprs/#conduct-6`);
    expect(await note.isVisible()).toBe(false);
    await page.close();
  });
});
