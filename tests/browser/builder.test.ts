// A program director drafts a code covering every theme and downloads it; scenarios read as plain pages.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
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
      `- Code of Ethics for Alaska Peer Support Professionals. Alaska Commission for Behavioral Health Certification (ACBHC), Peer Support Advisory Board. <${site.server.url}codes/alaska-psp/>`,
    );
    expect(text).toContain('- DBHDS Code of Ethical Conduct for Peer Recovery Specialists.');

    // Saved in the browser: a reload restores it.
    await page.reload();
    await expect.poll(() => count(page)).toBe('Covers 3 of 30 themes');
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
    await context.close();
  });

  it('drafts a code covering every theme and downloads it', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}build/`);
    const themes = page.locator('section.theme');
    expect(await themes.count()).toBe(30);
    for (const theme of await themes.all()) {
      const pick = theme.locator('input[type="checkbox"]').first();
      if (await pick.count()) await pick.check();
      else await theme.locator('textarea[data-own]').fill('Our own commitment.');
    }
    await expect.poll(() => count(page)).toBe('Covers 30 of 30 themes');
    expect(await page.locator('[data-role="missing"]').textContent()).toBe('Every theme is covered.');
    const { text } = await download(page);
    expect(text.match(/^## /gm)).toHaveLength(31); // 30 themes and the sources
    expect(text).toContain('## Sources');
    await context.close();
  });

  it('is axe-clean in light and dark, with clauses adopted', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await freshContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}build/`);
      await page.getByLabel('Alaska PSP, Conflicts of Interest 3.').check();
      expect(await axeViolations(page), `build, ${colorScheme}`).toEqual([]);
      for (const path of ['scenarios/', 'scenarios/gift-at-graduation/']) {
        await page.goto(`${site.server.url}${path}`);
        expect(await axeViolations(page), `${path}, ${colorScheme}`).toEqual([]);
      }
      await context.close();
    }
  });

  it("without JavaScript, still shows every theme with the codes' wording, and says what needs it", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}build/`);
    expect(await page.locator('main').textContent()).toContain("The builder's controls");
    expect(await page.locator('#theme-gifts-money blockquote').first().isVisible()).toBe(true);
    expect(await page.locator('input[type="checkbox"]').first().isVisible()).toBe(false);
    await page.goto(`${site.server.url}scenarios/gift-at-graduation/`);
    expect(await page.getByRole('heading', { name: 'Questions for discussion' }).isVisible()).toBe(true);
    expect(await page.locator('.cited blockquote').first().textContent()).toContain(
      'I will not accept substantial gifts',
    );
    await context.close();
  });

  it('ran without Content-Security-Policy violations', () => {
    expect(cspErrors).toEqual([]);
  });
});
