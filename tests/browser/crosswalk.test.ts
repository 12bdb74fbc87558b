// The crosswalk filters and the compare picker, as a reader uses them.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../src/lib/exports/csv';
import { CROSSWALK_CSV_HEADER } from '../../src/schemas/export';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { filterAudiences } from '../../src/lib/marks';
import { REAL_CONTENT, loadContent } from '../support/content';
import { useSiteInBrowser } from '../support/site-in-browser';

const { codes } = assembleSiteData(loadContent(REAL_CONTENT));
// With "Behavioral health" unchecked, the codes left: those offered to another audience, by our classification or
// their source's own words (lib/marks.ts).
const outsideBehavioralHealth = codes.filter((code) =>
  filterAudiences(code.data).some((audience) => audience !== 'behavioral-health'),
);

describe.runIf(browserAvailable())('crosswalk and compare', () => {
  const site = useSiteInBrowser();

  const visibleColumns = (page: Page) =>
    page.$$eval('#matrix thead th[data-code]', (cells) =>
      cells.filter((cell) => !(cell as HTMLElement).hidden).map((cell) => cell.getAttribute('data-code')),
    );

  it('filters columns by audience and rows by theme group', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}crosswalk/`);
    expect(await visibleColumns(page)).toHaveLength(5);

    await page.getByLabel('Behavioral health').uncheck();
    // First responders' codes: ours by classification, and those whose source offers them to first responders
    // (IAPS and Magellan / DBSA, offered in a post to law enforcement and first responder programs).
    const responders = codes.filter((code) => filterAudiences(code.data).includes('first-responder'));
    expect(responders.map((code) => code.id)).toContain('peer-support-team');
    expect(responders.map((code) => code.id)).not.toContain('alaska-psp');
    expect((await visibleColumns(page)).sort()).toEqual(responders.map((code) => code.id).sort());
    const hiddenCells = await page.$$eval('#matrix td[data-code="alaska-psp"]', (cells) =>
      cells.every((cell) => (cell as HTMLElement).hidden),
    );
    expect(hiddenCells).toBe(true);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(`Showing ${responders.length} codes and 30 themes.`);

    await page.getByLabel('Theme group').selectOption('boundaries');
    const visibleRows = await page.$$eval('#matrix tr[data-theme]', (rows) =>
      rows
        .filter((row) => !(row.parentElement as HTMLElement).hidden)
        .map((row) => row.getAttribute('data-theme')),
    );
    expect(visibleRows).toEqual([
      'no-coercion',
      'dual-relationships',
      'sexual-relationships',
      'gifts-money',
      'personal-gain',
    ]);
  });

  it('says its address can be shared, copies it, and downloads the filtered view as CSV with code names', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    await page.goto(`${site.server.url}crosswalk/`);
    expect(await page.locator('crosswalk-filters .share-note').textContent()).toMatch(/address .* share it/);
    await page.getByLabel('Behavioral health').uncheck();
    await page.getByLabel('Theme group').selectOption('boundaries');
    await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('boundaries');

    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect
      .poll(() => page.locator('crosswalk-filters .action-status').textContent())
      .toMatch(/^Link to this view copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    // The copied link opens the same view in a fresh page.
    const other = await context.newPage();
    await other.goto(copied);
    expect(await visibleColumns(other)).toEqual(outsideBehavioralHealth.map((code) => code.id));
    await other.close();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download this view as CSV' }).click(),
    ]);
    const [header, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(header).toEqual([...CROSSWALK_CSV_HEADER]);
    expect(rows.length).toBeGreaterThan(0);
    // Codes on the boundaries themes among those shown: named by id and by title.
    const shownIds = new Set(rows.map((row) => row[2]));
    expect(shownIds.size).toBeGreaterThan(0);
    for (const id of shownIds) expect(outsideBehavioralHealth.map((code) => code.id)).toContain(id);
    expect(new Set(rows.map((row) => row[10]))).toEqual(
      new Set(outsideBehavioralHealth.filter((code) => shownIds.has(code.id)).map((code) => code.data.title)),
    );
    const boundaries = [
      'no-coercion',
      'dual-relationships',
      'sexual-relationships',
      'gifts-money',
      'personal-gain',
    ];
    expect(rows.every((row) => boundaries.includes(row[0]!))).toBe(true);
    await expect
      .poll(() => page.locator('crosswalk-filters .action-status').textContent())
      .toBe(`CSV downloaded: ${rows.length} rows for ${outsideBehavioralHealth.length} codes and 5 themes.`);
    await context.close();
  });

  it('keeps the page from scrolling sideways on a phone: only the matrix scrolls', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.server.url}crosswalk/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const scrolls = await page.$eval('.table-scroll', (element) => element.scrollWidth > element.clientWidth);
    expect(scrolls).toBe(true);
  });

  it('opens the chosen pair from the compare picker', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}compare/`);
    await page.getByLabel('First code').selectOption('peer-support-team');
    await page.getByLabel('Second code').selectOption('dbhds-cprs');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(`${site.server.url}compare/peer-support-team/dbhds-cprs/`);
    expect(await page.locator('h1').textContent()).toContain('Peer Support Team and Virginia DBHDS');
  });

  it.each(['light', 'dark'] as const)(
    'gives every code the same column width and a legend true in the %s scheme',
    async (colorScheme) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}crosswalk/`);
      const widths = await page
        .locator('.matrix thead th[data-code]')
        .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
      expect(widths.length).toBeGreaterThanOrEqual(2);
      expect(Math.max(...widths) - Math.min(...widths), widths.join(', ')).toBeLessThanOrEqual(1);
      // "Darker" is only true in the light scheme (more is lighter in the dark one): the legend names neither.
      expect(await page.locator('.legend').innerText()).not.toMatch(/darker|lighter/i);
      await page.goto(site.server.url);
      expect(await page.locator('.glance figcaption').innerText()).not.toMatch(/darker|lighter/i);
      await context.close();
    },
  );
});
