// The crosswalk filters and the compare picker, as a reader uses them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { filterAudiences } from '../../src/lib/marks';
import { REAL_CONTENT, loadContent } from '../support/content';
import { useSiteInBrowser } from '../support/site-in-browser';

const { codes } = assembleSiteData(loadContent(REAL_CONTENT));

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
});
