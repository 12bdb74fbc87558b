// <compare-view> on /compare/ (src/client/elements/compare-view.ts over CompareRow's templates): two codes or
// several drawn in the browser at the pair pages' depth (summary, only differences, jump menu, lead-ins, Add to
// selection), a draft code's gaps reading "not reviewed", and the accessibility gates over both views.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { DIST } from '../../tools/lib/dist';
import type { CodeFile } from '../../src/lib/exports/codes-json';
import { checkComparisonGates, openComparison } from '../support/compare-view';
import { useSiteInBrowser } from '../support/site-in-browser';

const codeFile = (id: string) =>
  JSON.parse(readFileSync(join(DIST, `data/codes/${id}.json`), 'utf8')) as CodeFile;

describe.runIf(browserAvailable())('the comparison drawn in the browser', () => {
  const site = useSiteInBrowser();
  const many = () => `${site.server.url}compare/?codes=peer-support-team,alaska-psp,dbhds-cprs`;

  it('shows several codes with the summary, the differences filter, the jump menu and Add to selection', async () => {
    const page = await openComparison(site.browser, many());
    expect(await page.locator('h1').textContent()).toBe('Compare codes');
    const [team, alaska, dbhds] = ['peer-support-team', 'alaska-psp', 'dbhds-cprs'].map(
      (id) => codeFile(id).shortTitle,
    );
    expect(await page.locator('compare-view h2[data-role="heading"]').textContent()).toBe(
      `${team}, ${alaska} and ${dbhds}, theme by theme`,
    );
    const rows = page.locator('compare-view .compare-row');
    expect(await rows.count()).toBe(30);
    expect(await page.locator('compare-view [data-role="summary"]').textContent()).toMatch(
      /Of 30 themes, .* addresses \d+, touches \d+ only in passing and is silent on \d+;.*All 3 address \d+\./,
    );
    // Only differences: the mixed rows stay, the address says so, and the count matches the label.
    const mixed = await page.locator('compare-view .compare-row.mixed').count();
    expect(mixed).toBeGreaterThan(0);
    expect(await page.locator('compare-view [data-differences]').textContent()).toBe(String(mixed));
    await page.getByLabel(/Only differences/).check();
    await expect.poll(() => page.locator('compare-view .compare-row:visible').count()).toBe(mixed);
    expect(new URL(page.url()).searchParams.get('show')).toBe('differences');
    await page.reload();
    await page.locator('compare-view .compare-row').first().waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('compare-view .compare-row:visible').count()).toBe(mixed);
    // The jump menu leads to a theme's row, showing every theme first if the filter hid it.
    const hidden = page.locator('compare-view .compare-row.both, compare-view .compare-row.neither').first();
    const id = await hidden.getAttribute('id');
    await page.locator('compare-filter .jump summary').click();
    await page.locator(`compare-filter a[href="#${id}"]`).click();
    await expect.poll(() => hidden.isVisible()).toBe(true);
    // Add to selection from a row's menu, which names each clause the row quotes (no button under each quote).
    expect(await page.locator('compare-view .clause-quote add-to-selection').count()).toBe(0);
    const menu = page.locator('compare-view .compare-row:visible .row-add').first();
    await menu.locator('summary').click();
    const quoted = await menu.evaluate(
      (element) => element.closest('.compare-row')?.querySelectorAll('.clause-quote').length ?? 0,
    );
    expect(await menu.locator('add-to-selection').count()).toBe(quoted);
    const add = menu.locator('add-to-selection button').first();
    expect(await add.getAttribute('class')).toContain('button');
    await add.click();
    await expect
      .poll(() => menu.locator('add-to-selection .add-status').first().textContent())
      .toMatch(/^Added: 1 in your selection/);
    await page.close();
  });

  it('quotes each clause with its lead-in', async () => {
    const file = codeFile('peer-support-team');
    const clause = file.clauses.find((candidate) => candidate.lead_in && candidate.themes.length)!;
    expect(clause).toBeDefined();
    const page = await openComparison(site.browser, many());
    const quote = page.locator(`compare-view #theme-${clause.themes[0]} blockquote[cite="${clause.url}"]`);
    expect(await quote.locator('.quote-text').first().textContent()).toMatch(
      new RegExp(`^${clause.lead_in!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `),
    );
    await page.close();
  });

  it('reads a draft code\'s gaps as "not reviewed", never "Silent"', async () => {
    // No service worker: it would answer the code file's request past page.route.
    const page = await site.browser.newPage({ serviceWorkers: 'block' });
    // The code file as a build writes it for a draft code (status: draft in its front matter).
    await page.route('**/data/codes/alaska-psp.json', (route) =>
      route.fulfill({ json: { ...codeFile('alaska-psp'), reviewed: false } }),
    );
    await page.goto(many());
    await page.locator('compare-view .compare-row').first().waitFor();
    const draftCells = page.locator('compare-view .compare-row .side:nth-child(3)');
    const gaps = draftCells.filter({ has: page.locator('.silent-text') });
    expect(await gaps.count()).toBeGreaterThan(0);
    for (const text of await gaps.locator('.silent-text').allTextContents())
      expect(text.trim()).toBe('○ Not reviewed');
    // The reviewed codes' gaps still read "Silent".
    expect(
      await page.locator('compare-view .compare-row .side:nth-child(2) .silent-text').allTextContents(),
    ).toContain('○ Silent');
    expect(await page.locator('compare-view [data-role="summary"]').textContent()).toMatch(
      /Alaska PSP addresses \d+, touches \d+ only in passing and has no clause on \d+ \(not reviewed\)/,
    );
    for (const note of await page.locator('compare-view .side-note').allTextContents())
      expect(note).not.toMatch(/Silent: [^·]*Alaska PSP|All silent|None: all silent/);
    await page.close();
  });

  it(
    'passes axe, forced colours and the focus sweep with several codes',
    () => checkComparisonGates(site.browser, many(), '.compare-row.mixed'),
    300_000,
  );

  it(
    'passes axe, forced colours and the focus sweep with two codes aligned in the browser',
    () =>
      checkComparisonGates(
        site.browser,
        `${site.server.url}compare/?a=iaps&b=alaska-psp`,
        '.compare-row.only-a, .compare-row.only-b',
      ),
    300_000,
  );

  it('a pair page offers one "Add to selection" per row, naming each of its clauses inside', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}compare/alaska-psp/dbhds-cprs/`);
    const rowsWithQuotes = await page.locator('.compare-row:has(.clause-quote)').count();
    expect(rowsWithQuotes).toBeGreaterThan(10);
    // Shown: one control per row with quotes, none under the quotes.
    expect(await page.locator('.row-add summary').count()).toBe(rowsWithQuotes);
    expect(await page.locator('add-to-selection').filter({ visible: true }).count()).toBe(0);
    const row = page.locator('.compare-row:has(.clause-quote)').first();
    const quoted = await row.locator('.clause-quote').count();
    await row.locator('.row-add summary').click();
    const adds = row.locator('.row-add add-to-selection button').filter({ visible: true });
    expect(await adds.count()).toBe(quoted);
    await adds.first().click();
    await expect
      .poll(() => row.locator('add-to-selection .add-status').first().textContent())
      .toMatch(/^Added: 1 in your selection/);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(
      `pair page /compare/alaska-psp/dbhds-cprs/ at 1280 px: ${height} px, ${rowsWithQuotes} row menus`,
    );
    await page.close();
  });
});
