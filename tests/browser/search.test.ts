// A reader searches from the header box and from /search/, sees results, and lands on the clause itself.
// Also: search loads only on use, a query that is markup stays text, filters narrow, and the page is axe-clean.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { BASE_PATH, DIST, DIST_BASE, requireBuild } from '../../tools/lib/dist';
import { browserAvailable, launchChromium } from '../../tools/lib/browser';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server';

const MONEY_CLAUSES = ['codes/dbhds-cprs/#conduct-3', 'codes/dbhds-cprs/#conduct-4', 'codes/alaska-psp/#conflicts-3', 'codes/alaska-psp/#conflicts-note'];
const XSS = '<img src=x onerror=alert(1)>';

/** Paths (below the server root) of the result links shown in a results container, in order. */
async function resultPaths(page: Page, container: string, server: RunningServer): Promise<string[]> {
  const hrefs = await page.locator(`${container} .search-result-title`).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, server.url).href.slice(server.url.length));
}

describe.runIf(browserAvailable())('search', () => {
  let browser: Browser;
  let server: RunningServer;
  let serverBase: RunningServer;
  const problems: string[] = [];

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => {
      problems.push(`dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    return page;
  }

  beforeAll(async () => {
    requireBuild();
    requireBuild(DIST_BASE);
    server = await serveStatic(DIST);
    serverBase = await serveStatic(DIST_BASE, BASE_PATH);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await serverBase?.close();
  });

  it('loads no search JavaScript or WebAssembly until the reader types', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}codes/alaska-psp/`);
    await page.locator('#site-search-input').focus();
    await page.waitForTimeout(200);
    expect(requests.filter((url) => /pagefind|header-panel|results\./.test(url))).toEqual([]);
    await page.keyboard.type('gift');
    await expect.poll(() => page.locator('#site-search-panel .search-result').count()).toBeGreaterThan(0);
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('"/" focuses the header box; "money" shows the money clauses first; a result opens the clause', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('money');
    const panel = page.locator('#site-search-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('4 clauses match “money”.');
    expect(new Set((await resultPaths(page, '#site-search-panel', server)).slice(0, 4))).toEqual(new Set(MONEY_CLAUSES));
    await expect.poll(() => panel.locator('mark').first().textContent()).toBe('money');

    const link = panel.getByRole('link', { name: 'Alaska PSP, Conflicts of Interest 3.' });
    await link.click();
    await page.waitForURL(`${server.url}codes/alaska-psp/#conflicts-3`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('conflicts-3');
    await expect.poll(() => page.locator('#conflicts-3').isVisible()).toBe(true);
    await page.close();
  });

  it('keyboard: down arrow enters the results, Escape closes them', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.locator('#site-search-input').fill('');
    await page.locator('#site-search-input').pressSequentially('dating');
    const panel = page.locator('#site-search-panel');
    await expect.poll(() => panel.locator('.search-result').count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-result-title'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.close();
  });

  it('shows a query that is markup as text and runs nothing', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.locator('#site-search-input').pressSequentially(XSS);
    const panel = page.locator('#site-search-panel');
    await expect.poll(() => panel.getByRole('status').textContent()).toContain(`“${XSS}”`);
    expect(await panel.locator('img').count()).toBe(0);

    await page.goto(`${server.url}search/?q=${encodeURIComponent(XSS)}`);
    const status = page.locator('search-page').getByRole('status');
    await expect.poll(() => status.textContent()).toContain(`“${XSS}”`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('#search-query').inputValue()).toBe(XSS);
    expect(problems.filter((problem) => problem.startsWith('dialog'))).toEqual([]);
    await page.close();
  });

  it('/search/ runs a linked search, filters by code, theme and audience with counts, and keeps them in the URL', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/?q=money`);
    const results = page.locator('[data-search-results]');
    await expect.poll(() => results.locator('.search-result').count()).toBe(4);
    await expect.poll(() => page.getByText('Alaska PSP (2)').count()).toBe(1);
    await expect.poll(() => page.getByText('Virginia DBHDS (2)').count()).toBe(1);

    await page.getByRole('checkbox', { name: /^Alaska PSP/ }).check();
    await expect.poll(() => resultPaths(page, '[data-search-results]', server)).toEqual(
      expect.arrayContaining(['codes/alaska-psp/#conflicts-3', 'codes/alaska-psp/#conflicts-note']),
    );
    expect(await results.locator('.search-result').count()).toBe(2);
    expect(new URL(page.url()).search).toBe('?q=money&code=Alaska+PSP');

    // A theme alone, without words, lists every clause on it.
    await page.goto(`${server.url}search/?theme=${encodeURIComponent('Sexual and romantic relationships')}&audience=First+responder`);
    await expect.poll(() => page.locator('search-page').getByRole('status').textContent()).toBe('No clause matches the chosen filters.');
    await page.getByRole('checkbox', { name: /^First responder/ }).uncheck();
    await expect.poll(() => results.locator('.search-result').count()).toBe(4);
    expect(await page.locator('#search-theme').inputValue()).toBe('Sexual and romantic relationships');
    await page.close();
  });

  it('says clearly when nothing matches, and points to the themes', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/`);
    await page.locator('#search-query').pressSequentially('xylophone');
    const results = page.locator('[data-search-results]');
    await expect.poll(() => page.locator('search-page').getByRole('status').textContent()).toBe('No clause matches “xylophone”.');
    expect(await results.getByRole('link', { name: 'the themes' }).getAttribute('href')).toBe('/themes/');
    await page.close();
  });

  it('says on /search/ that search needs JavaScript when it is off, and offers themes and codes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=money`);
    // Playwright's text locators skip <noscript>, so CSS selectors find the note.
    const note = page.locator('main noscript .note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Search needs JavaScript');
    expect(await note.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/themes/', '/codes/']);
    expect(await page.locator('search-page').isVisible()).toBe(false);
    await context.close();
  });

  it('works under the base path /ethics/', async () => {
    const page = await newPage();
    await page.goto(serverBase.url);
    await page.locator('#site-search-input').pressSequentially('loans');
    const link = page.locator('#site-search-panel').getByRole('link', { name: 'Alaska PSP, Conflicts of Interest 3.' });
    await link.click();
    await page.waitForURL(`${serverBase.url}codes/alaska-psp/#conflicts-3`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('conflicts-3');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on /search/ with results, or with the drop-down open (${colorScheme})`, async () => {
      const page = await newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}search/?q=money&code=Alaska+PSP`);
      await expect.poll(() => page.locator('[data-search-results] .search-result').count()).toBe(2);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${server.url}about/`);
      await page.locator('#site-search-input').pressSequentially('gifts');
      await expect.poll(() => page.locator('#site-search-panel .search-result').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('raised no console errors, page errors or dialogs (CSP included)', () => {
    expect(problems).toEqual([]);
  });
});
