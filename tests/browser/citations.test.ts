// Each citation format lands on the clipboard as it should: plain text, APA 7th (rich and plain), a Markdown
// link, and the clause as rich text (HTML block quote with its link, plus a plain-text twin).
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { openClauseActions } from '../support/clause-actions';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('citation formats', () => {
  const site = useSiteInBrowser();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  });

  /** Opens Cite on a clause of a code page, picks a format, and returns the clipboard's types and contents. */
  async function cite(
    path: string,
    clauseId: string,
    format: string,
  ): Promise<{ page: Page; items: Record<string, string> }> {
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    const inCode = page.locator(`[data-clause="${clauseId}"]`).first();
    // A clause's own page puts its actions in the side column, beside the quote rather than inside it.
    const clause =
      (await inCode.locator('clause-actions').count()) > 0 ? inCode : page.locator('clause-actions').first();
    await openClauseActions(clause);
    await clause.getByRole('button', { name: 'Cite' }).click();
    await clause.getByRole('button', { name: format }).click();
    await expect.poll(() => clause.getByRole('status').textContent()).not.toBe('');
    const items = await page.evaluate(async () => {
      const out: Record<string, string> = {};
      for (const item of await navigator.clipboard.read()) {
        for (const type of item.types) out[type] = await (await item.getType(type)).text();
      }
      return out;
    });
    return { page, items };
  }

  it('plain text: code, issuer, clause and the clause page URL', async () => {
    const { items } = await cite('codes/dbhds-cprs/', 'conduct-4', 'Plain text');
    expect(items['text/plain']).toBe(
      'DBHDS Code of Ethical Conduct for Peer Recovery Specialists. Virginia Department of Behavioral Health and Developmental Services (DBHDS) (our identification). ' +
        `Principle: Conduct ¶ 4. ${site.server.url}codes/dbhds-cprs/conduct-4/`,
    );
  });

  it('APA 7th with the adoption date, the title in italics in the rich version', async () => {
    const { items } = await cite('codes/alaska-psp/', 'conflicts-3', 'APA 7th');
    const url = `${site.server.url}codes/alaska-psp/conflicts-3/`;
    expect(items['text/plain']).toMatch(
      /^Alaska Commission for Behavioral Health Certification \(ACBHC\), Peer Support Advisory Board \(our identification\)\. \(2020, September 21\)\. Code of Ethics for Alaska Peer Support Professionals \(Conflicts of Interest 3\)\. /,
    );
    expect(items['text/plain']!.endsWith(url)).toBe(true);
    expect(items['text/html']).toContain('<i>Code of Ethics for Alaska Peer Support Professionals</i>');
    expect(items['text/html']).toContain(`<a href="${url}">`);
  });

  it('APA 7th for an undated code: n.d. and the retrieval date', async () => {
    const { items } = await cite('codes/dbhds-cprs/', 'conduct-4', 'APA 7th');
    const today = await context.newPage().then(async (page) => {
      const date = await page.evaluate(() =>
        new Date().toLocaleDateString('en-US', {
          month: 'long',
          day: 'numeric',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      );
      await page.close();
      return date;
    });
    expect(items['text/plain']).toContain(
      '(DBHDS) (our identification). (n.d.). DBHDS Code of Ethical Conduct for Peer Recovery Specialists (Principle: Conduct ¶ 4). ',
    );
    expect(items['text/plain']).toContain(
      `Retrieved ${today}, from ${site.server.url}codes/dbhds-cprs/conduct-4/`,
    );
  });

  it('Markdown link', async () => {
    const { items } = await cite('codes/alaska-psp/', 'conflicts-3', 'Markdown link');
    expect(items['text/plain']).toBe(
      `[Alaska PSP, Conflicts of Interest 3.](${site.server.url}codes/alaska-psp/conflicts-3/)`,
    );
  });

  it('rich text: the quote with its lead-in as a block quote with a linked source, and a plain twin', async () => {
    const { items } = await cite('codes/peer-support-team/item-3/', 'item-3', 'Copy as rich text');
    const url = `${site.server.url}codes/peer-support-team/item-3/`;
    expect(items['text/html']).toContain(
      '<blockquote><p>Peer support team members: keep themselves current in all matters of peer support confidentiality.</p>',
    );
    expect(items['text/html']).toContain(
      `<a href="${url}">Peer Support Team Code of Ethical Conduct, Item 3.</a>`,
    );
    expect(items['text/plain']).toBe(
      `“Peer support team members: keep themselves current in all matters of peer support confidentiality.”\n— Peer Support Team Code of Ethical Conduct, Item 3. ${url}`,
    );
  });
});
