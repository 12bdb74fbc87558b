// A reader searches from the header box and from /search/, sees results, and lands on the clause itself.
// Also: search loads only on use, a query that is markup stays text, filters narrow, and the page is axe-clean.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { holdRequests } from '../support/hold-requests';
import { BASE_PATH, DIST, DIST_BASE, requireBuild } from '../../tools/lib/dist';
import { browserAvailable, launchChromium } from '../../tools/lib/browser';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server';

const MONEY_CLAUSES = [
  'codes/dbhds-cprs/#conduct-3',
  'codes/dbhds-cprs/#conduct-4',
  'codes/alaska-psp/#conflicts-3',
  'codes/alaska-psp/#conflicts-note',
];
const XSS = '<img src=x onerror=alert(1)>';
/** Search now makes several index lookups per query; on a loaded machine the first can take seconds. */
const poll = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 20_000 });

/**
 * Paths (below the server root) of the clause results shown in a results container, in order: the links on
 * /search/, the options (data-href) in the header's listbox.
 */
async function resultPaths(page: Page, container: string, server: RunningServer): Promise<string[]> {
  const hrefs = await page
    .locator(`${container} a.search-result-title, ${container} [role="option"].search-result`)
    .evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('href') ?? (node as HTMLElement).dataset.href ?? ''),
    );
  return hrefs.map((href) => new URL(href, server.url).href.slice(server.url.length));
}

describe.runIf(browserAvailable())('search', () => {
  let browser: Browser;
  let server: RunningServer;
  let serverBase: RunningServer;
  const problems: string[] = [];

  async function newPage(options?: BrowserContextOptions): Promise<Page> {
    const page = await browser.newPage(options);
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
    await poll(() => page.locator('#site-search-panel .search-result').count()).toBeGreaterThan(0);
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('fetches the theme model only for a query long enough to be read whole, never for a keyword', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}about/`);
    const input = page.locator('#site-search-input');
    const status = page.locator('#site-search-panel [data-search-status]');
    await input.fill('lend money');
    await poll(() => status.textContent()).toContain('“lend money”');
    expect(requests.filter((url) => url.endsWith('/data/search-theme-model.json'))).toEqual([]);
    await input.fill('a crew member asks to borrow money until payday');
    await poll(() => status.textContent()).toContain('“a crew member asks to borrow money until payday”');
    expect(requests.filter((url) => url.endsWith('/data/search-theme-model.json'))).toHaveLength(1);
    // Read whole, the question still leads with the money clauses.
    expect(MONEY_CLAUSES).toContain((await resultPaths(page, '#site-search-panel', server))[0]);
    await page.close();
  });

  it('"/" focuses the header box; "money" shows the money clauses first; a result opens the clause', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('money');
    const panel = page.locator('#site-search-panel');
    await poll(() => panel.isVisible()).toBe(true);
    await poll(() => panel.getByRole('status').textContent()).toBe('4 clauses match “money”.');
    expect(new Set((await resultPaths(page, '#site-search-panel', server)).slice(0, 4))).toEqual(
      new Set(MONEY_CLAUSES),
    );
    await poll(() => panel.locator('mark').first().textContent()).toBe('money');
    // "money" names a theme: its topic result leads.
    expect(await panel.getByRole('option').first().textContent()).toContain('Gifts, money and loans');

    const option = panel.getByRole('option', { name: /^Alaska PSP, Conflicts of Interest 3\./ });
    await option.click();
    await page.waitForURL(`${server.url}codes/alaska-psp/#conflicts-3`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('conflicts-3');
    await poll(() => page.locator('#conflicts-3').isVisible()).toBe(true);
    await page.close();
  });

  it('keyboard: the box and its results are a combobox and listbox; arrows move, ArrowUp returns, Enter opens, Escape closes', async () => {
    const page = await newPage();
    await page.goto(server.url);
    const input = page.locator('#site-search-input');
    await input.pressSequentially('dating');
    const panel = page.locator('#site-search-panel');
    await poll(() => panel.getByRole('option').count()).toBeGreaterThan(2);
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const listboxId = await panel.getByRole('listbox').getAttribute('id');
    expect(await input.getAttribute('aria-controls')).toBe(listboxId);
    const options = await panel.getByRole('option').evaluateAll((nodes) => nodes.map((node) => node.id));
    const active = () => input.getAttribute('aria-activedescendant');
    const selected = () =>
      panel
        .locator('[role="option"][aria-selected="true"]')
        .evaluateAll((nodes) => nodes.map((node) => node.id));

    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(options[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(options[2]);
    expect(await selected()).toEqual([options[2]]);
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(options[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    // Up from the first option goes back to the box: nothing active, focus never left it.
    expect(await active()).toBeNull();
    expect(await selected()).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');

    await page.keyboard.press('Escape');
    await poll(() => panel.isVisible()).toBe(false);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');

    // ArrowDown reopens; Enter opens the active option.
    await page.keyboard.press('ArrowDown');
    await poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    const target = await panel.locator(`#${await active()}`).getAttribute('data-href');
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(target ?? '', server.url).href);
    await page.close();
  });

  it('Back from a header result shows the question and its results again', async () => {
    const page = await newPage();
    await page.goto(`${server.url}about/`);
    const input = page.locator('#site-search-input');
    await input.fill('money');
    const panel = page.locator('#site-search-panel');
    const status = panel.locator('[data-search-status]');
    await poll(() => status.textContent()).toBe('4 clauses match “money”.');
    await panel.getByRole('option', { name: /^Alaska PSP, Conflicts of Interest 3\./ }).click();
    await page.waitForURL(`${server.url}codes/alaska-psp/#conflicts-3`);
    await page.goBack();
    await page.waitForURL(`${server.url}about/`);
    await poll(() => input.inputValue()).toBe('money');
    await poll(() => status.textContent()).toBe('4 clauses match “money”.');
    await poll(() => panel.isVisible()).toBe(true);
    expect(new Set((await resultPaths(page, '#site-search-panel', server)).slice(0, 4))).toEqual(
      new Set(MONEY_CLAUSES),
    );
    // Another page's header starts empty: the question belongs to that history entry only.
    await page.goto(server.url);
    expect(await input.inputValue()).toBe('');
    await page.close();
  });

  it('shows "Searching…" while a query runs, then its own results; a superseded query is never shown or announced', async () => {
    // No service worker: the requests it answers never reach page.route, and the held files below would not be held.
    const page = await newPage({ serviceWorkers: 'block' });
    await page.goto(`${server.url}about/`);
    const input = page.locator('#site-search-input');
    const panel = page.locator('#site-search-panel');
    const status = panel.locator('[data-search-status]');
    await input.fill('confidential');
    await poll(() => status.textContent()).toContain('“confidential”');
    await poll(() => panel.getByRole('status').textContent()).toContain('“confidential”');
    // From now on the index and result files are held back until the test lets them through, as on a poor
    // connection: "dating" cannot finish before "money" supersedes it, however slow the machine.
    const held = await holdRequests(page, '**/pagefind/**');
    await page.evaluate(() => {
      const log = { status: [] as string[], said: [] as string[] };
      (window as unknown as { log: typeof log }).log = log;
      const visible = document.querySelector('#site-search-panel [data-search-status]')!;
      const region = document.querySelector('#site-search-panel [role="status"]')!;
      const watch = (node: Element, into: string[]) =>
        new MutationObserver(() => into.push(node.textContent ?? '')).observe(node, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      watch(visible, log.status);
      watch(region, log.said);
    });
    await input.fill('dating');
    await poll(() => status.textContent()).toBe('Searching…');
    expect(await panel.locator('[data-search-results]').getAttribute('aria-busy')).toBe('true');
    await input.fill('money');
    expect(await status.textContent()).toBe('Searching…');
    expect(held.count()).toBeGreaterThan(0);
    held.release();
    await poll(() => status.textContent()).toBe('4 clauses match “money”.');
    await poll(() => panel.locator('[data-search-results]').getAttribute('aria-busy')).toBe(null);
    type Log = { status: string[]; said: string[] };
    const read = () => page.evaluate(() => (window as unknown as { log: Log }).log);
    await poll(async () => (await read()).said.at(-1)).toBe('4 clauses match “money”.');
    const { status: shown, said } = await read();
    // The superseded "dating" and the earlier "confidential" never show or speak once another query runs.
    expect(shown.filter((text) => /dating|confidential/.test(text))).toEqual([]);
    expect(said.filter((text) => /dating|confidential|Searching/.test(text))).toEqual([]);
    expect(shown).toContain('Searching…');
    await page.close();
  });

  it('announces the count once typing pauses, not on every keystroke', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.evaluate(() => {
      const region = document.querySelector('#site-search-panel [role="status"]');
      const input = document.querySelector('#site-search-input')!;
      const log = { typed: [] as number[], said: [] as { at: number; text: string }[] };
      (window as unknown as { log: typeof log }).log = log;
      input.addEventListener('input', () => log.typed.push(performance.now()));
      new MutationObserver(() =>
        log.said.push({ at: performance.now(), text: region?.textContent ?? '' }),
      ).observe(region!, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('#site-search-input').pressSequentially('confidential', { delay: 60 });
    const status = page.locator('#site-search-panel [data-search-status]');
    await poll(() => status.textContent()).toContain('“confidential”');
    const final = await status.textContent();
    type Log = { typed: number[]; said: { at: number; text: string }[] };
    const read = () => page.evaluate(() => (window as unknown as { log: Log }).log);
    await poll(async () => (await read()).said.at(-1)?.text).toBe(final);
    const { typed, said } = await read();
    expect(typed).toHaveLength('confidential'.length);
    // Each announcement comes after a pause in typing (a loaded machine can pause between keys too), never
    // within 700 ms of a keystroke, and far fewer announcements than keystrokes.
    for (const { at, text } of said) {
      const lastKey = Math.max(...typed.filter((key) => key <= at));
      expect(
        at - lastKey,
        `"${text}" announced ${Math.round(at - lastKey)} ms after a keystroke`,
      ).toBeGreaterThan(700);
    }
    expect(said.length).toBeLessThanOrEqual(3);
    // Only one region speaks: the visible count is not a live region itself.
    expect(await page.locator('#site-search-panel [aria-live]').count()).toBe(1);
    await page.close();
  });

  it('"/" jumps to search only outside fields, and can be turned off on /search/ (WCAG 2.1.4)', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/`);
    // In a field, "/" is just a character.
    await page.locator('#search-query').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('#search-query').inputValue()).toBe('a/b');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');

    const toggle = page.getByRole('checkbox', { name: /The “\/” key jumps to the search box/ });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.goto(`${server.url}about/`);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('site-search-input');

    await page.goto(`${server.url}search/`);
    await toggle.check();
    await page.goto(`${server.url}about/`);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.close();
  });

  it('answers a question: clauses with theme links and add-to-selection, a topic first, then a scenario, then clauses', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('can I date a former client?')}`);
    const results = page.locator('[data-search-results]');
    await poll(() => results.locator('.search-result').count()).toBeGreaterThan(2);
    const top3 = (await resultPaths(page, '[data-search-results]', server)).slice(0, 3);
    expect(top3).toEqual(expect.arrayContaining(['codes/dbhds-cprs/#conduct-6']));

    const topic = results.locator('.search-topic').first();
    expect(await topic.getByRole('link').getAttribute('href')).toBe('/themes/sexual-relationships/');
    expect(await topic.textContent()).toMatch(
      /Sexual and romantic relationships.*addressed by \d of 5 codes/,
    );
    // The topic comes first, the matched scenario beside it, both above the clauses.
    const order = await results
      .locator('.search-topic, .search-result, .search-scenario')
      .evaluateAll((nodes) => nodes.map((node) => node.className));
    expect(order[0]).toContain('search-topic');
    expect(order.findIndex((name) => name.includes('search-scenario'))).toBeLessThan(
      order.findIndex((name) => name.includes('search-result')),
    );
    expect(await results.locator('.search-scenario a').first().getAttribute('href')).toBe(
      '/scenarios/former-client-asks-out/',
    );

    const first = results.locator('.search-result').first();
    expect(await first.locator('.search-result-themes a').first().getAttribute('href')).toMatch(
      /^\/themes\/[a-z-]+\/$/,
    );
    const add = first.getByRole('button', { name: /^Add to selection\b/ });
    await add.click();
    await poll(() => first.getByRole('button', { name: /^Remove from selection\b/ }).count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('pec-selection'))).toContain(
      top3[0]!.replace(/^codes\/([^/]+)\/#/, '$1:'),
    );
    await first.getByRole('button', { name: /^Remove from selection\b/ }).click();
    expect(await page.evaluate(() => localStorage.getItem('pec-selection'))).toBeNull();
    await page.close();
  });

  it('corrects a typo that is not an English word, says so, and offers the words as typed', async () => {
    const page = await newPage();
    // "ploicy": two letters swapped, one Damerau edit from "policy".
    await page.goto(`${server.url}search/?q=ploicy`);
    const results = page.locator('[data-search-results]');
    const note = results.locator('.search-correction');
    // The site's word for it may be "policy" or "policies" (one stem).
    await poll(() => note.textContent()).toMatch(/Showing results for “polic(y|ies)”/);
    expect(await results.locator('.search-result').count()).toBeGreaterThan(0);
    // The count is of what was searched, so the status names the corrected words, not the typo.
    expect(await page.locator('search-page [data-search-status]').textContent()).toMatch(
      /^\d+ clauses? (match|matches|for) “polic(y|ies)”/,
    );
    await note.getByRole('link', { name: 'Search instead for “ploicy”' }).click();
    await poll(() => page.locator('search-page [data-search-status]').textContent()).toBe(
      'No clause matches “ploicy”.',
    );
    expect(new URL(page.url()).searchParams.get('typed')).toBe('1');
    expect(await results.locator('.search-correction').count()).toBe(0);
    await page.close();
  });

  it('leaves a real English word alone ("night" is not "right")', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('calls at night')}`);
    await poll(() => page.locator('search-page [data-search-status]').textContent()).toContain(
      '“calls at night”',
    );
    expect(await page.locator('[data-search-results] .search-correction').count()).toBe(0);
    await page.close();
  });

  for (const nonsense of ['zzqxv', 'asdfgh']) {
    it(`"${nonsense}" gives no clause, says so, and offers the themes`, async () => {
      const page = await newPage();
      await page.goto(`${server.url}search/?q=${nonsense}`);
      const results = page.locator('[data-search-results]');
      await poll(() => page.locator('search-page [data-search-status]').textContent()).toBe(
        `No clause matches “${nonsense}”.`,
      );
      expect(await results.locator('.search-result').count()).toBe(0);
      expect(await results.getByRole('link', { name: 'the themes' }).getAttribute('href')).toBe('/themes/');
      await page.close();
    });
  }

  it('shows a query that is markup as text and runs nothing', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.locator('#site-search-input').pressSequentially(XSS);
    const panel = page.locator('#site-search-panel');
    await poll(() => panel.getByRole('status').textContent()).toContain(`“${XSS}”`);
    expect(await panel.locator('img').count()).toBe(0);

    await page.goto(`${server.url}search/?q=${encodeURIComponent(XSS)}`);
    const status = page.locator('search-page').getByRole('status');
    await poll(() => status.textContent()).toContain(`“${XSS}”`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('#search-query').inputValue()).toBe(XSS);
    expect(problems.filter((problem) => problem.startsWith('dialog'))).toEqual([]);
    await page.close();
  });

  it('/search/ runs a linked search, filters by code, theme and audience with counts, and keeps them in the URL', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/?q=money`);
    const results = page.locator('[data-search-results]');
    await poll(() => results.locator('.search-result').count()).toBe(4);
    await poll(() => page.getByText('Alaska PSP (2)').count()).toBe(1);
    await poll(() => page.getByText('Virginia DBHDS (2)').count()).toBe(1);

    await page.getByRole('checkbox', { name: /^Alaska PSP/ }).check();
    await poll(() => resultPaths(page, '[data-search-results]', server)).toEqual(
      expect.arrayContaining(['codes/alaska-psp/#conflicts-3', 'codes/alaska-psp/#conflicts-note']),
    );
    // Poll: the unfiltered results (which hold both Alaska clauses too) stay until the filtered ones arrive.
    await poll(() => results.locator('.search-result').count()).toBe(2);
    expect(new URL(page.url()).search).toBe('?q=money&code=Alaska+PSP');

    // A theme alone, without words, lists every clause on it.
    await page.goto(
      `${server.url}search/?theme=${encodeURIComponent('Sexual and romantic relationships')}&audience=First+responder`,
    );
    await poll(() => page.locator('search-page').getByRole('status').textContent()).toBe(
      'No clause matches the chosen filters.',
    );
    await page.getByRole('checkbox', { name: /^First responder/ }).uncheck();
    await poll(() => results.locator('.search-result').count()).toBe(4);
    expect(await page.locator('#search-theme').inputValue()).toBe('Sexual and romantic relationships');
    await page.close();
  });

  it('says clearly when nothing matches, and points to the themes', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/`);
    await page.locator('#search-query').pressSequentially('xylophone');
    const results = page.locator('[data-search-results]');
    await poll(() => page.locator('search-page').getByRole('status').textContent()).toBe(
      'No clause matches “xylophone”.',
    );
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
    expect(
      await note.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(['/themes/', '/codes/']);
    expect(await page.locator('search-page').isVisible()).toBe(false);
    await context.close();
  });

  it('works under the base path /ethics/', async () => {
    const page = await newPage();
    await page.goto(serverBase.url);
    await page.locator('#site-search-input').pressSequentially('loans');
    const option = page
      .locator('#site-search-panel')
      .getByRole('option', { name: /^Alaska PSP, Conflicts of Interest 3\./ });
    await option.click();
    await page.waitForURL(`${serverBase.url}codes/alaska-psp/#conflicts-3`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('conflicts-3');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on /search/ with results, or with the drop-down open (${colorScheme})`, async () => {
      const page = await newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}search/?q=money&code=Alaska+PSP`);
      await poll(() => page.locator('[data-search-results] .search-result').count()).toBe(2);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${server.url}about/`);
      await page.locator('#site-search-input').pressSequentially('gifts');
      await poll(() => page.locator('#site-search-panel .search-result').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('raised no console errors, page errors or dialogs (CSP included)', () => {
    expect(problems).toEqual([]);
  });
});
