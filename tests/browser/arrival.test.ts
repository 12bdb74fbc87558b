// A reader on a phone follows a link to one clause: the phone header is one compact row, and after arriving the
// code's name and the clause's section stay in view (the sticky context bar), with the clause not under it.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { codePageId, pageAddresses } from '../support/site-pages';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('arriving on a clause', () => {
  const site = useSiteInBrowser();
  const codePages = pageAddresses().filter((address) => codePageId(address));

  it('has code pages to test', () => {
    expect(codePages.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the phone header to one row of at most 64 px, with a named colour-scheme control', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}codes/`);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    // The colour scheme is a setting: it sits in the menu with the navigation.
    expect(await page.getByRole('group', { name: 'Colour scheme' }).isVisible()).toBe(true);
    // The unfolded menu lies over the page: the header keeps its height.
    expect((await page.locator('.site-header').boundingBox())?.height).toBe(header?.height);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-input').isVisible()).toBe(false);
    await page.close();
  });

  it('shows the code name and the section of every clause arrived at by its link at 390 px', async () => {
    // Reduced motion makes the jump to the clause instant; a smooth scroll ends at the same place, later.
    const page = await site.browser.newPage({
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    const problems: string[] = [];
    let checked = 0;
    for (const address of codePages) {
      await page.goto(`${site.server.url}${address}`);
      const ids = await page.$$eval('article.clause', (clauses) => clauses.map((clause) => clause.id));
      for (const id of ids) {
        // A new query string makes each visit a full page load, as when following a link from elsewhere.
        await page.goto(`${site.server.url}${address}?from=${id}#${id}`);
        const look = () =>
          page.evaluate((clauseId) => {
            const bar = document.querySelector('code-context-bar')!.getBoundingClientRect();
            const clause = document.getElementById(clauseId)!.getBoundingClientRect();
            const headings = [...document.querySelectorAll('.code-text > h2')];
            const own = headings
              .filter(
                (h) =>
                  h.compareDocumentPosition(document.getElementById(clauseId)!) &
                  Node.DOCUMENT_POSITION_FOLLOWING,
              )
              .pop();
            return {
              barInView: bar.top >= 0 && bar.bottom <= innerHeight && bar.height > 0,
              barText: document
                .querySelector('code-context-bar .context')!
                .textContent!.replace(/\s+/g, ' ')
                .trim(),
              expectedSection: own?.textContent?.trim() ?? '',
              clauseBelowBar: clause.top >= bar.bottom - 1 && clause.top < innerHeight,
            };
          }, id);
        // The bar follows the scroll once per animation frame: read it after the frame the arrival scrolled in.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        const seen = await look();
        checked += 1;
        const where = `${address}#${id}`;
        if (!seen.barInView) problems.push(`${where}: context bar not in view`);
        if (!seen.clauseBelowBar) problems.push(`${where}: clause hidden under the bar or off screen`);
        if (seen.expectedSection && !seen.barText.endsWith(seen.expectedSection)) {
          problems.push(`${where}: bar says "${seen.barText}", section is "${seen.expectedSection}"`);
        }
      }
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  }, 240_000);
});
