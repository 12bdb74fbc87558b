// Forced colours (Windows high contrast) drop backgrounds and box shadows: the marks that rely on them must keep
// a visible border or outline in a system colour, and focus must stay drawn.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { readPage } from '../../tools/lib/dist';
import { useSiteInBrowser } from '../support/site-in-browser';
import { markWidth } from '../support/mark-width';
import { codePageId, pageAddresses } from '../support/site-pages';

describe.runIf(browserAvailable())('under forced colours', () => {
  const site = useSiteInBrowser();
  const addresses = pageAddresses();
  const code = addresses.find((address) => codePageId(address))!;
  const clause = readPage(`${code}index.html`).querySelector('article.clause')!.id;
  const compare = addresses.find((address) => /^compare\/[^/]+\/[^/]+\/$/.test(address));

  async function forcedPage(address: string) {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${site.server.url}${address}`);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    return page;
  }

  it('the linked clause keeps a visible frame, and other clauses have no such frame', async () => {
    const page = await forcedPage(`${code}#${clause}`);
    const marked = await markWidth(page, `article[id="${clause}"]`);
    expect(marked).toBeGreaterThanOrEqual(2);
    expect(await markWidth(page, 'article.clause:not(:target)')).toBeLessThan(marked);
    await page.screenshot({ path: '/tmp/forced-clause.png' });
    await page.close();
  });

  it.runIf(Boolean(compare))('the compare rows only one code covers keep a visible mark', async () => {
    const page = await forcedPage(compare!);
    expect(await page.locator('.compare-row.only-a, .compare-row.only-b').count()).toBeGreaterThan(0);
    const marked = await markWidth(page, '.compare-row.only-a, .compare-row.only-b');
    expect(marked).toBeGreaterThanOrEqual(2);
    expect(await markWidth(page, '.compare-row.both')).toBeLessThan(marked);
    await page.screenshot({ path: '/tmp/forced-compare.png', fullPage: false });
    await page.close();
  });

  it('focus stays drawn, and heat cells keep their symbols', async () => {
    const page = await forcedPage('crosswalk/');
    await page.locator('.matrix td a').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('.matrix td a'))).toBe(true);
    expect(await markWidth(page, '.matrix td a:focus')).toBeGreaterThanOrEqual(2);
    const symbols = await page
      .locator('.matrix td .sym')
      .evaluateAll(
        (nodes) =>
          nodes.filter(
            (node) => (node as HTMLElement).offsetWidth > 0 && /[●◐○]/.test(node.textContent ?? ''),
          ).length,
      );
    expect(symbols).toBe(await page.locator('.matrix td.cell').count());
    await page.screenshot({ path: '/tmp/forced-crosswalk.png' });
    await page.close();
  });

  it("the home page's heat map keeps its levels apart", async () => {
    const page = await forcedPage('');
    const looks = await page.locator('.glance-grid td').evaluateAll((cells) => {
      const byLevel = new Map<string, Set<string>>();
      for (const cell of cells) {
        const level = [...cell.classList].find((name) => name.startsWith('heat-')) ?? 'none';
        const style = getComputedStyle(cell);
        const look = `${style.backgroundColor} | ${style.boxShadow}`;
        byLevel.set(level, (byLevel.get(level) ?? new Set()).add(look));
      }
      return [...byLevel].map(([level, set]) => ({ level, looks: [...set] }));
    });
    // Each level looks one way, and no two levels look alike.
    expect(looks.length).toBeGreaterThanOrEqual(3);
    for (const { level, looks: set } of looks) expect(set, level).toHaveLength(1);
    expect(new Set(looks.map(({ looks: set }) => set[0])).size).toBe(looks.length);
    await page.close();
  });
});
