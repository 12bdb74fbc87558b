// Without JavaScript every page still reads: each code page shows all its clauses, and every other page shows
// its main content (theme, crosswalk and compare pages, when built, must show substantial text).
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { browserAvailable, launchChromium } from '../../tools/lib/browser';
import { loadContent, REAL_CONTENT } from '../support/content';
import { DIST, requireBuild } from '../../tools/lib/dist';
import { codePageId, pageAddresses, samplePerCode } from '../support/site-pages';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server';

/** Least visible text in <main>: the pages whose whole point is derived text need much; search, which needs
 * JavaScript by design (pagefind runs in the browser), only something that tells the reader; every other page some. */
const MIN_TEXT: [RegExp, number][] = [
  // Theme, crosswalk and compare-pair pages are whole comparisons; /compare/ and /compare/<code>/ are pickers
  // with a list of pairs.
  [/^(themes\/|crosswalk\/|compare\/[^/]+\/[^/]+\/)/, 600],
  [/^search\//, 20],
  // A clause embed is one clause, its code and a link: a short value is under 150 characters in all.
  [/^embed\//, 60],
  [/^/, 150],
];

describe.runIf(browserAvailable())('with JavaScript off', () => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;
  const addresses = samplePerCode(pageAddresses());
  const clauseCounts = new Map(
    assembleSiteData(loadContent(REAL_CONTENT)).codes.map((code) => [code.id, code.clauses.length]),
  );

  beforeAll(async () => {
    requireBuild();
    server = await serveStatic(DIST);
    browser = await launchChromium();
    context = await browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every clause of every code page', async () => {
    const page = await context.newPage();
    const shown: Record<string, number> = {};
    for (const address of addresses.filter((candidate) => codePageId(candidate))) {
      await page.goto(`${server.url}${address}`);
      // JavaScript really is off: the pre-paint script did not mark the page.
      expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
      shown[codePageId(address)!] = await page.locator('article.clause').filter({ visible: true }).count();
    }
    await page.close();
    expect(shown).toEqual(Object.fromEntries(clauseCounts));
  });

  it('shows the main content of every page', async () => {
    const page = await context.newPage();
    const thin: string[] = [];
    for (const address of addresses) {
      await page.goto(`${server.url}${address}`);
      const text = (await page.locator('main').innerText()).trim();
      const least = MIN_TEXT.find(([pattern]) => pattern.test(address))![1];
      if (text.length < least)
        thin.push(`${address || '/'}: ${text.length} characters of visible text in <main>, want ${least}`);
    }
    await page.close();
    expect(thin).toEqual([]);
    expect(addresses.length).toBeGreaterThan(5);
  });
});
