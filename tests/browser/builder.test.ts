// A program director drafts a code covering every theme and downloads it; scenarios read as plain pages.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openBuilderTheme } from '../support/builder';
import { holdRequests } from '../support/hold-requests';
import { runHtmlcs } from '../support/htmlcs';
import { browserAvailable } from '../../tools/lib/browser';
import { toolContext, useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('draft-your-own-code builder', () => {
  const site = useSiteInBrowser();
  const cspErrors: string[] = [];
  const freshContext = (options: Parameters<typeof toolContext>[2] = {}) =>
    toolContext(site, cspErrors, options);

  const count = (page: Page) => page.locator('[data-role="count"]').textContent();
  const download = async (page: Page) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  };

  it('meters coverage as clauses are adopted, adapted or written, and lists what is missing', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}build/`);
    await expect.poll(() => count(page)).toBe('Covers 0 of 30 themes');
    // The clauses are not in the page until their theme is opened.
    expect(await page.locator('input[type="checkbox"]').count()).toBe(0);
    await openBuilderTheme(page, 'gifts-money');
    await page.getByLabel('Alaska PSP, Conflicts of Interest 3.').check();
    await expect.poll(() => count(page)).toBe('Covers 1 of 30 themes');
    // A clause on two themes covers both.
    await page.locator('#theme-gifts-money').getByLabel('Virginia DBHDS, Principle: Conduct ¶ 3').check();
    await expect.poll(() => count(page)).toBe('Covers 2 of 30 themes');
    await page
      .getByLabel('Your own wording on supervision and consultation')
      .fill('Every peer supporter meets a supervisor twice a month.');
    await expect.poll(() => count(page)).toBe('Covers 3 of 30 themes');
    expect(await page.locator('[data-role="missing-summary"]').textContent()).toBe('Missing 27 of 30');
    await page.locator('[data-role="missing-summary"]').click();
    const missing = page.locator('[data-role="missing"]');
    expect(await missing.getByRole('link', { name: 'Referral and continuity' }).getAttribute('href')).toBe(
      '/themes/referral/',
    );
    expect(await missing.getByRole('link', { name: 'Supervision and consultation' }).count()).toBe(0);

    const adapt = page
      .locator('#theme-gifts-money')
      .getByLabel(/^\s*Wording in your code/)
      .first();
    await adapt.fill('We accept no gifts worth more than a coffee, and we never lend or borrow.');
    await page.getByLabel('Name of your code').fill('Harbor Peer Team Code');
    const { name, text } = await download(page);
    expect(name).toBe('harbor-peer-team-code.md');
    expect(text).toContain('# Harbor Peer Team Code');
    expect(text).toContain('## Gifts, money and loans');
    expect(text).toContain('We accept no gifts worth more than a coffee, and we never lend or borrow.');
    expect(text).toMatch(/_\(Adapted from (Alaska PSP|Virginia DBHDS)/);
    expect(text).toContain(
      '## Supervision and consultation\n\n1. Every peer supporter meets a supervisor twice a month.',
    );
    expect(text).toContain(
      `- Code of Ethics for Alaska Peer Support Professionals. Alaska Commission for Behavioral Health Certification (ACBHC), Peer Support Advisory Board (our identification). <${site.server.url}codes/alaska-psp/>`,
    );
    expect(text).toContain('- DBHDS Code of Ethical Conduct for Peer Recovery Specialists.');

    // Saved in the browser: a reload restores it, loading the theme its adopted clauses are on.
    await page.reload();
    await expect.poll(() => count(page)).toBe('Covers 3 of 30 themes');
    expect(
      await page.locator('#theme-gifts-money details[data-role="candidates"]').getAttribute('open'),
    ).toBe('');
    expect(await page.getByLabel('Alaska PSP, Conflicts of Interest 3.').isChecked()).toBe(true);
    expect(await page.getByLabel('Name of your code').inputValue()).toBe('Harbor Peer Team Code');

    // Shareable: the link opens the same draft in another browser.
    await page.getByRole('button', { name: 'Copy link to this draft' }).click();
    await expect
      .poll(() => page.locator('[data-role="status"]').textContent())
      .toBe('Link to this draft copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/build\/#draft=[A-Za-z0-9_-]+$/);
    const other = await (await freshContext()).newPage();
    await other.goto(link);
    await expect.poll(() => count(other)).toBe('Covers 3 of 30 themes');
    expect(await other.getByLabel('Your own wording on supervision and consultation').inputValue()).toContain(
      'twice a month',
    );
    expect(await other.getByLabel('Alaska PSP, Conflicts of Interest 3.').isChecked()).toBe(true);
    await context.close();
  });

  it('drafts a code covering every theme and downloads it', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}build/`);
    const themes = page.locator('section.theme');
    expect(await themes.count()).toBe(30);
    for (const theme of await themes.all()) {
      if (await theme.locator('details[data-role="candidates"]').count()) {
        await openBuilderTheme(page, (await theme.getAttribute('data-theme'))!);
        await theme.locator('input[type="checkbox"]').first().check();
      } else await theme.locator('textarea[data-own]').fill('Our own commitment.');
    }
    await expect.poll(() => count(page)).toBe('Covers 30 of 30 themes');
    expect(await page.locator('[data-role="missing"]').textContent()).toBe('Every theme is covered.');
    const { text } = await download(page);
    expect(text.match(/^## /gm)).toHaveLength(31); // 30 themes and the sources
    expect(text).toContain('## Sources');
    await context.close();
  });

  it('is axe-clean (and HTML_CodeSniffer-clean) in light and dark, with a theme open and clauses adopted', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await freshContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}build/`);
      await openBuilderTheme(page, 'gifts-money');
      await page.getByLabel('Alaska PSP, Conflicts of Interest 3.').check();
      expect(await axeViolations(page), `build, ${colorScheme}`).toEqual([]);
      // The candidates are cloned into the page after it loads, where the every-page HTML_CodeSniffer run never looks.
      expect(await runHtmlcs(page), `build, ${colorScheme}`).toEqual([]);
      for (const path of ['scenarios/', 'scenarios/gift-at-graduation/']) {
        await page.goto(`${site.server.url}${path}`);
        expect(await axeViolations(page), `${path}, ${colorScheme}`).toEqual([]);
      }
      await context.close();
    }
  });

  it("without JavaScript, links every theme to the page with the codes' wording, and says what needs it", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}build/`);
    expect(await page.locator('main').textContent()).toContain("The builder's controls");
    const gifts = page.locator('#theme-gifts-money');
    expect(await page.locator('textarea').first().isVisible()).toBe(false);
    await gifts.locator('summary').click();
    expect(await gifts.getByText('Adopting them needs JavaScript.').isVisible()).toBe(true);
    await gifts.getByRole('link', { name: 'Gifts, money and loans' }).click();
    await page.waitForURL(/\/themes\/gifts-money\/$/);
    expect(await page.getByText('I will not accept substantial gifts').first().isVisible()).toBe(true);
    await page.goto(`${site.server.url}scenarios/gift-at-graduation/`);
    expect(await page.getByRole('heading', { name: 'Questions for discussion' }).isVisible()).toBe(true);
    expect(await page.locator('.cited blockquote').first().textContent()).toContain(
      'I will not accept substantial gifts',
    );
    await context.close();
  });

  it('says which theme failed to load, and loads it on a retry', async () => {
    const context = await freshContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let fail = true;
    await page.route('**/data/themes/gifts-money.json', (route) => (fail ? route.abort() : route.continue()));
    await page.goto(`${site.server.url}build/`);
    const gifts = page.locator('#theme-gifts-money');
    await gifts.locator('summary').click();
    const error = gifts.locator('[data-role="load-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Could not load the clauses on Gifts, money and loans');
    fail = false;
    await error.getByRole('button', { name: /^Try again/ }).click();
    await gifts.getByLabel('Alaska PSP, Conflicts of Interest 3.').waitFor();
    expect(await error.isHidden()).toBe(true);
    await context.close();
  });

  it('quotes the adopted clauses in the download before their themes were opened, and marks clauses that no longer exist', async () => {
    const context = await freshContext();
    const setup = await context.newPage();
    await setup.goto(`${site.server.url}build/`);
    // A draft from another browser: one clause that exists, one from a revised code that does not.
    const entries = [
      ['gifts-money', 'alaska-psp:conflicts-3', 'Adopted as is.'],
      ['honesty', 'alaska-psp:no-such-clause', 'A clause since removed.'],
    ];
    const link = await setup.evaluate(
      (draft) => `${location.pathname}#draft=${btoa(JSON.stringify(draft)).replace(/=+$/, '')}`,
      { t: 'Shared', e: entries },
    );
    await context.close();

    const other = await freshContext({ serviceWorkers: 'block' });
    const page = await other.newPage();
    // Slow theme files: the download must wait for the one it quotes.
    await page.route('**/data/themes/*.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.goto(`${site.server.url}${link.slice(1)}`);
    const { text } = await download(page);
    expect(text).toContain('Adopted as is.');
    expect(text).toContain('_(Adapted from Alaska PSP, Conflicts of Interest 3.)_');
    expect(text).toContain('Code of Ethics for Alaska Peer Support Professionals.');
    await expect
      .poll(() => page.locator('[data-role="unknown-list"]').textContent())
      .toBe('alaska-psp:no-such-clause: A clause since removed.');
    expect(await page.locator('[data-role="unknown"]').isVisible()).toBe(true);
    await other.close();
  });

  /** What the page says about the draft's coverage, white space as a reader sees it. */
  const coverage = (page: Page) =>
    page.locator('code-builder').evaluate((builder) => {
      const text = (selector: string) =>
        [...builder.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
      return {
        count: text('[data-role="count"]'),
        meter: (builder.querySelector('meter') as HTMLMeterElement).value,
        summary: text('[data-role="missing-summary"]'),
        open: (builder.querySelector('[data-role="missing-box"]') as HTMLDetailsElement).open,
        missing: text('[data-role="missing"]'),
        links: [...builder.querySelectorAll('[data-role="missing"] a')].map((link) =>
          link.getAttribute('href'),
        ),
        states: text('[data-role="state"]'),
        unknown: (builder.querySelector('[data-role="unknown"]') as HTMLElement).hidden,
      };
    });
  const defined = (page: Page) => page.evaluate(() => customElements.get('code-builder') !== undefined);

  it('loads no builder code until the reader starts using it, and reads the same before and after', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.url}build/`);
    await page.waitForLoadState('networkidle');
    expect(await defined(page)).toBe(false);
    expect(requested.filter((path) => /code-builder/.test(path))).toEqual([]);
    const before = await coverage(page);
    expect(before.count).toEqual(['Covers 0 of 30 themes']);
    expect(before.links).toHaveLength(30);
    await page.getByLabel('Name of your code').focus();
    await expect.poll(() => defined(page)).toBe(true);
    expect(await coverage(page)).toEqual(before);
    await context.close();
  });

  it('loads at once to restore a saved draft', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}build/`);
    await page.getByLabel('Name of your code').fill('Harbor Peer Team Code');
    await expect.poll(() => page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
    await page.reload();
    await expect.poll(() => defined(page)).toBe(true);
    expect(await page.getByLabel('Name of your code').inputValue()).toBe('Harbor Peer Team Code');
    await context.close();
  });

  it('keeps what the reader typed, opened and pressed while its code was still loading', async () => {
    // The service worker would answer the element's request past page.route.
    const context = await freshContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const held = await holdRequests(page, '**/code-builder.*.js');
    await page.goto(`${site.server.url}build/`);
    await page.getByLabel('Name of your code').fill('Harbor Peer Team Code');
    await page
      .getByLabel('Your own wording on supervision and consultation')
      .fill('We meet a supervisor monthly.');
    await page.locator('#theme-gifts-money details[data-role="candidates"] > summary').click();
    const file = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    expect(held.count()).toBe(1);
    expect(await defined(page)).toBe(false);
    held.release();
    const text = readFileSync((await (await file).path())!, 'utf8');
    expect(text).toContain('# Harbor Peer Team Code');
    expect(text).toContain('We meet a supervisor monthly.');
    // The theme opened meanwhile has its clauses, and the draft is saved.
    await page.locator('#theme-gifts-money').getByLabel('Alaska PSP, Conflicts of Interest 3.').waitFor();
    expect(await count(page)).toBe('Covers 1 of 30 themes');
    await page.reload();
    // The page is drawn for an empty draft; the saved one is restored once the element's code has loaded.
    await expect.poll(() => defined(page)).toBe(true);
    expect(await page.getByLabel('Name of your code').inputValue()).toBe('Harbor Peer Team Code');
    await context.close();
  });

  it('ran without Content-Security-Policy violations', () => {
    expect(cspErrors).toEqual([]);
  });
});
