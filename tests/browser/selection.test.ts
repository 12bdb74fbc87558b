// A trainer collects clauses on code pages, shares the handout link, prints it and exports it.
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/exports/csv';
import { axeViolations } from '../support/axe';
import { browserAvailable } from '../../tools/lib/browser';
import { openClauseActions } from '../support/clause-actions';
import { toolContext, useSiteInBrowser } from '../support/site-in-browser';
import { BASE_PATH, DIST_BASE, requireBuild } from '../../tools/lib/dist';
import { serveStatic } from '../../tools/lib/static-server';

describe.runIf(browserAvailable())('clause selection and handout', () => {
  const site = useSiteInBrowser();
  const cspErrors: string[] = [];
  const freshContext = (options: Parameters<typeof toolContext>[2] = {}) =>
    toolContext(site, cspErrors, options);

  const items = (page: Page) => page.locator('selection-handout .item h4').allTextContents();
  const shared = `${'selection/?c='}alaska-psp:conflicts-3,dbhds-cprs:conduct-4,peer-support-team:item-12,alaska-psp:conflicts-99,ghost:x,not-a-ref`;

  it('adds clauses from code pages and lays them out at /selection/, with the link in the address bar', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}codes/alaska-psp/`);
    const conflicts = page.locator('#conflicts-3');
    await openClauseActions(conflicts);
    await conflicts.getByRole('button', { name: 'Add to selection' }).click();
    await expect
      .poll(() => conflicts.locator('add-to-selection .add-status').textContent())
      .toContain('Added: 1 in your selection');
    expect(await conflicts.getByRole('button', { name: 'Remove from selection' }).count()).toBe(1);
    // The header shows the selection's size once it has a clause, and links to it.
    const headerCount = page.locator('.site-header').getByRole('link', { name: /Selection/ });
    await expect
      .poll(() => headerCount.textContent().then((text) => text?.replace(/\s+/g, ' ').trim()))
      .toBe('Selection 1 clause');

    await page.goto(`${site.server.url}codes/dbhds-cprs/`);
    await openClauseActions(page.locator('#conduct-4'));
    await page.locator('#conduct-4').getByRole('button', { name: 'Add to selection' }).click();
    await page.goto(`${site.server.url}selection/`);
    await expect
      .poll(() => items(page))
      .toEqual([
        'Code of Ethics for Alaska Peer Support ProfessionalsConflicts of Interest 3.',
        'DBHDS Code of Ethical Conduct for Peer Recovery SpecialistsPrinciple: Conduct ¶ 4',
      ]);
    expect(new URL(page.url()).search).toBe('?c=alaska-psp:conflicts-3,dbhds-cprs:conduct-4');
    expect(await page.locator('.group-title').allTextContents()).toEqual(['Gifts, money and loans']);
    await context.close();
  });

  it('opens a shared link in a fresh browser, and reports unknown or stale ids instead of dropping them', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${shared}`);
    await expect.poll(() => items(page)).toHaveLength(3);
    const unknown = page.locator('[data-role="unknown"]');
    expect(await unknown.isVisible()).toBe(true);
    expect(await unknown.locator('li').allTextContents()).toEqual([
      'alaska-psp:conflicts-99',
      'ghost:x',
      'not-a-ref',
    ]);
    await unknown.getByRole('button', { name: 'Remove them from the selection' }).click();
    await expect.poll(() => unknown.isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe(
      '?c=alaska-psp:conflicts-3,dbhds-cprs:conduct-4,peer-support-team:item-12',
    );
    await context.close();
  });

  it('groups by code, reorders and removes with the keyboard, announcing each change', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(
      `${site.server.url}selection/?c=alaska-psp:conflicts-3,dbhds-cprs:conduct-4,alaska-psp:conflicts-2`,
    );
    await expect.poll(() => items(page)).toHaveLength(3);
    await page.getByLabel('by code').check();
    expect(await page.locator('.group-title').allTextContents()).toEqual([
      'Code of Ethics for Alaska Peer Support Professionals',
      'DBHDS Code of Ethical Conduct for Peer Recovery Specialists',
    ]);
    expect(new URL(page.url()).searchParams.get('by')).toBe('code');

    await page
      .getByRole('button', {
        name: /^Move down\W+Code of Ethics for Alaska Peer Support Professionals, Conflicts of Interest 3\.$/,
      })
      .focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Moved' }).textContent())
      .toContain('Moved Conflicts of Interest 3. down: 2 of 2');
    expect((await items(page))[0]).toContain('Conflicts of Interest 2.');
    // Focus stays on the moved clause's controls (Move down is now disabled, so Move up has it).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Move up');

    await page
      .getByRole('button', {
        name: /^Remove\W+DBHDS Code of Ethical Conduct for Peer Recovery Specialists, Principle: Conduct ¶ 4$/,
      })
      .click();
    await expect.poll(() => items(page)).toHaveLength(2);
    expect(new URL(page.url()).searchParams.get('c')).toBe('alaska-psp:conflicts-2,alaska-psp:conflicts-3');
    await context.close();
  });

  it("keeps the reader's own selection when a different shared link is opened", async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}codes/iaps/`);
    await openClauseActions(page.locator('#voluntary'));
    await page.locator('#voluntary').getByRole('button', { name: 'Add to selection' }).click();
    await page.goto(`${site.server.url}selection/?c=alaska-psp:conflicts-3`);
    await expect.poll(() => page.locator('[data-role="shared"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('pec-selection'))).toBe('iaps:voluntary');
    await page.getByRole('button', { name: 'Add these to mine' }).click();
    await expect.poll(() => items(page)).toHaveLength(2);
    expect(await page.evaluate(() => localStorage.getItem('pec-selection'))).toBe(
      'iaps:voluntary,alaska-psp:conflicts-3',
    );
    await context.close();
  });

  it('exports Markdown and CSV with full text and citations, and copies every citation', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(
      `${site.server.url}selection/?c=alaska-psp:conflicts-3,dbhds-cprs:conduct-4&t=Boundaries`,
    );
    await expect.poll(() => items(page)).toHaveLength(2);

    const [markdownDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(markdownDownload.suggestedFilename()).toBe('boundaries.md');
    const markdown = readFileSync((await markdownDownload.path())!, 'utf8');
    expect(markdown).toContain('# Boundaries\n\n## Gifts, money and loans\n');
    // Shown apart from its code, the clause keeps its lead-in; the file ends saying where it comes from.
    expect(markdown).toContain(
      '> As a Peer Support Professional (PSP): I will not accept substantial gifts or loans from peers I support; nor will I give gifts or loans to the peer I am supporting.',
    );
    expect(markdown).toMatch(/_Made on \d{4}-\d{2}-\d{2} with Peer Ethics Crosswalk\. .*not legal advice/);
    // APA 7th, pointing at the clause page (as Cite and Copy link do), the title in italics.
    expect(markdown).toContain(
      `Peer Support Advisory Board (our identification). (2020, September 21). *Code of Ethics for Alaska Peer Support Professionals* (Conflicts of Interest 3). <${site.server.url}codes/alaska-psp/conflicts-3/>`,
    );
    expect(markdown).not.toContain('#conflicts-3');

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const rows = parseCsv(readFileSync((await csvDownload.path())!, 'utf8'));
    expect(rows).toHaveLength(3);
    expect(rows[2]?.slice(1, 3)).toEqual(['dbhds-cprs', 'conduct-4']);
    expect(rows[2]).toContain('I will not lend or borrow from the peers that I serve.');
    expect(rows[2]).toContain(`${site.server.url}codes/dbhds-cprs/conduct-4/`);
    expect(rows[2]?.[rows[0]!.indexOf('citation')]).toMatch(
      new RegExp(
        `^Virginia Department of Behavioral Health and Developmental Services \\(DBHDS\\) \\(our identification\\)\\. \\(n\\.d\\.\\)\\. DBHDS Code of Ethical Conduct for Peer Recovery Specialists \\(Principle: Conduct ¶ 4\\)\\. Retrieved \\w+ \\d+, \\d{4}, from ${site.server.url}codes/dbhds-cprs/conduct-4/$`,
      ),
    );

    await page.getByRole('button', { name: 'Copy all citations' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'APA citations copied' }).count())
      .toBe(1);
    const clipboard = await page.evaluate(async () => {
      const out: Record<string, string> = {};
      for (const item of await navigator.clipboard.read())
        for (const type of item.types) out[type] = await (await item.getType(type)).text();
      return out;
    });
    const citations = clipboard['text/plain']!.trim().split('\n');
    expect(citations[0]).toBe(
      `Alaska Commission for Behavioral Health Certification (ACBHC), Peer Support Advisory Board (our identification). (2020, September 21). Code of Ethics for Alaska Peer Support Professionals (Conflicts of Interest 3). ${site.server.url}codes/alaska-psp/conflicts-3/`,
    );
    expect(citations[1]).toMatch(
      /\(n\.d\.\)\. DBHDS Code .* Retrieved .*, from http.*\/codes\/dbhds-cprs\/conduct-4\/$/,
    );
    expect(citations).toHaveLength(2);
    // Rich: a paragraph each, titles in italics, links live.
    expect(clipboard['text/html']).toContain('<i>Code of Ethics for Alaska Peer Support Professionals</i>');
    expect(clipboard['text/html']).toContain(`<a href="${site.server.url}codes/dbhds-cprs/conduct-4/">`);
    await context.close();
  });

  it('keeps the title and grouping with the selection: back through the header, both are there', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}selection/?c=alaska-psp:conflicts-3,dbhds-cprs:conduct-4`);
    await expect.poll(() => items(page)).toHaveLength(2);
    await page.getByLabel('Handout title').fill('Gifts and boundaries');
    await page.getByLabel('by code').check();
    await expect.poll(() => page.locator('.group-title').count()).toBe(2);
    await page.goto(`${site.server.url}codes/iaps/`);
    await page
      .locator('.site-header')
      .getByRole('link', { name: /Selection/ })
      .first()
      .click();
    await expect.poll(() => items(page)).toHaveLength(2);
    expect(await page.getByLabel('Handout title').inputValue()).toBe('Gifts and boundaries');
    expect(await page.getByLabel('by code').isChecked()).toBe(true);
    expect(await page.locator('.handout-title').textContent()).toBe('Gifts and boundaries');
    expect(await page.locator('.group-title').allTextContents()).toEqual([
      'Code of Ethics for Alaska Peer Support Professionals',
      'DBHDS Code of Ethical Conduct for Peer Recovery Specialists',
    ]);
    // The address is again a link to exactly this handout.
    expect(new URL(page.url()).searchParams.get('t')).toBe('Gifts and boundaries');
    expect(new URL(page.url()).searchParams.get('by')).toBe('code');
    // A shared link with its own title shows the sender's, and does not overwrite the reader's.
    await page.goto(`${site.server.url}selection/?c=iaps:voluntary&t=Theirs`);
    await expect.poll(() => page.locator('.handout-title').textContent()).toBe('Theirs');
    await page.goto(`${site.server.url}selection/`);
    await expect.poll(() => page.locator('.handout-title').textContent()).toBe('Gifts and boundaries');
    await context.close();
  });

  it('after "Clear selection", puts focus on the empty state that says what to do next', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}selection/?c=alaska-psp:conflicts-3`);
    await expect.poll(() => items(page)).toHaveLength(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => page.locator('[data-role="empty"]').isVisible()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('No clauses selected yet');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
    await context.close();
  });

  it('draws a QR code that decodes to the clause permalink, as an SVG with no style attribute', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.server.url}selection/?c=alaska-psp:conflicts-3`);
    const qr = page.locator('svg.qr[data-ready="true"]').first();
    await qr.waitFor();
    expect(await page.locator('selection-handout [style]').count()).toBe(0);
    const png = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(
      `${site.server.url}codes/alaska-psp/conflicts-3/`,
    );
    await context.close();
  });

  it('prints a clean handout: no navigation or controls, the clauses and QR codes kept', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}selection/?c=alaska-psp:conflicts-3,dbhds-cprs:conduct-4`);
    await expect.poll(() => items(page)).toHaveLength(2);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '[data-role="toolbar"]', '.controls', 'h1']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.handout-title').isVisible()).toBe(true);
    expect(await page.locator('svg.qr').first().isVisible()).toBe(true);
    expect(await page.locator('.handout-source').textContent()).toContain(`${site.server.url}selection/?c=`);
    expect(await page.locator('.handout-provenance').textContent()).toMatch(
      /Made on \d{4}-\d{2}-\d{2}\..*not legal advice/,
    );
    await context.close();
  });

  it('explains an empty selection, and is axe-clean in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await freshContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}selection/`);
      await expect.poll(() => page.locator('[data-role="empty"]').isVisible()).toBe(true);
      expect(await page.locator('[data-role="empty"]').textContent()).toContain('Add to selection');
      expect(await axeViolations(page), `empty, ${colorScheme}`).toEqual([]);
      await page.goto(`${site.server.url}${shared}`);
      await expect.poll(() => items(page)).toHaveLength(3);
      expect(await axeViolations(page), `handout, ${colorScheme}`).toEqual([]);
      await page.goto(`${site.server.url}codes/alaska-psp/`);
      await openClauseActions(page.locator('#conflicts-2'));
      await page.locator('#conflicts-2').getByRole('button', { name: 'Add to selection' }).click();
      expect(await axeViolations(page), `code page, ${colorScheme}`).toEqual([]);
      await context.close();
    }
  });

  it('says what needs JavaScript when it is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}selection/?c=alaska-psp:conflicts-3`);
    expect(await page.locator('main').textContent()).toContain('This page needs JavaScript');
    // Nothing the script draws shows (no "Loading…" that never ends, no buttons that do nothing); the page's
    // own words and links do.
    expect(await page.getByText('Loading the clauses').isVisible()).toBe(false);
    expect(await page.locator('selection-handout .toolbar').isVisible()).toBe(false);
    expect(await page.locator('selection-handout button:visible').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'The themes' }).isVisible()).toBe(true);
    await page.goto(`${site.server.url}codes/alaska-psp/`);
    expect(await page.locator('add-to-selection button').count()).toBeGreaterThan(0);
    expect(await page.locator('add-to-selection button').first().isVisible()).toBe(false);
    await context.close();
  });

  it('works under a base path', async () => {
    requireBuild(DIST_BASE);
    const based = await serveStatic(DIST_BASE, BASE_PATH);
    try {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${based.url}codes/alaska-psp/`);
      await openClauseActions(page.locator('#conflicts-3'));
      await page.locator('#conflicts-3').getByRole('button', { name: 'Add to selection' }).click();
      await page.locator('#conflicts-3').getByRole('link', { name: 'view' }).click();
      await expect.poll(() => items(page)).toHaveLength(1);
      expect(page.url()).toBe(`${based.url}selection/?c=alaska-psp:conflicts-3`);
      // The citation is drawn once the export formats have loaded (a module of their own), after the clause.
      await expect
        .poll(() => page.locator('.citation a').getAttribute('href'))
        .toBe(`${based.url}codes/alaska-psp/conflicts-3/`);
      await context.close();
    } finally {
      await based.close();
    }
  });

  it('ran without Content-Security-Policy violations', () => {
    expect(cspErrors).toEqual([]);
  });
});
