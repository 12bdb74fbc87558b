// Clause.astro on a code page: one label column, so the clause text's left edge stays put down the page whatever
// each label's width (long labels like DBHDS's "Principle: Sharing Personal Recovery Story" included), the tags
// line up with the text, and the source note an agency relies on is in full text contrast.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('clauses on a code page', () => {
  const site = useSiteInBrowser();

  it.each(['codes/alaska-psp/', 'codes/dbhds-cprs/', 'codes/iaps/'])(
    '%s: every clause text starts at one left edge at 1280 px, and its tags align with it',
    async (address) => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.server.url}${address}`);
      const edges = await page
        .locator('article.clause .clause-text')
        .evaluateAll((texts) => texts.map((text) => Math.round(text.getBoundingClientRect().left)));
      expect(edges.length).toBeGreaterThan(3);
      expect(new Set(edges).size, `text edges: ${[...new Set(edges)].join(', ')}`).toBe(1);
      const metaEdges = await page
        .locator('article.clause .clause-meta')
        .evaluateAll((metas) => metas.map((meta) => Math.round(meta.getBoundingClientRect().left)));
      for (const edge of metaEdges) expect(edge).toBe(edges[0]);
      await page.close();
    },
  );

  it.each(['light', 'dark'] as const)(
    'the source note is in the text colour (%s scheme)',
    async (colorScheme) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}codes/alaska-psp/`);
      const [note, body] = await page.evaluate(() => [
        getComputedStyle(document.querySelector('.provenance')!).color,
        getComputedStyle(document.body).color,
      ]);
      expect(note).toBe(body);
      await context.close();
    },
  );
});
