// A clause embed works in a page on another origin; every other page refuses to be framed. The test server
// sends the build's _headers, as a host that reads that file does.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { openClauseActions } from '../support/clause-actions';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('clause embeds', () => {
  const site = useSiteInBrowser();
  // The other site: a second loopback server (another port, so another origin) serving one page with a frame.
  let other: Server;
  let otherOrigin = '';
  let frameSrc = '';

  beforeAll(async () => {
    other = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><title>Course page</title><h1>Course page</h1><iframe id="f" src="${frameSrc}" title="clause"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const address = other.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    otherOrigin = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

  /** Loads the other origin's page framing `path` and returns the frame's body text ('' when refused). */
  async function framed(path: string): Promise<string> {
    frameSrc = `${site.server.url}${path}`;
    expect(new URL(frameSrc).origin).not.toBe(otherOrigin);
    const page = await site.browser.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|Refused to frame/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${otherOrigin}/`);
    await page.waitForLoadState('load');
    const frame = page.frames().find((candidate) => candidate.url().startsWith(site.server.origin));
    const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    await page.close();
    return refused.length > 0 ? '' : text;
  }

  it('shows the clause, its lead-in, code and a link to its page inside another origin', async () => {
    const text = await framed('embed/peer-support-team/item-3/');
    expect(text).toContain('Peer support team members:');
    expect(text).toContain('keep themselves current in all matters of peer support confidentiality.');
    expect(text).toContain('Peer Support Team Code of Ethical Conduct');
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}embed/peer-support-team/item-3/`);
    expect(await page.locator('a', { hasText: 'Item 3.' }).getAttribute('href')).toBe(
      '/codes/peer-support-team/item-3/',
    );
    expect(await page.locator('nav, header').count()).toBe(0);
    await page.close();
  });

  it('refuses to be framed anywhere else, clause pages and code pages alike', async () => {
    expect(await framed('codes/peer-support-team/item-3/')).toBe('');
    expect(await framed('codes/peer-support-team/')).toBe('');
  });

  it('copies an <iframe> snippet for the clause from its page', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    await page.goto(`${site.server.url}codes/peer-support-team/item-3/`);
    await openClauseActions(page.locator('article.clause-page'));
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Embed code copied: paste it into a web page');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(
      new RegExp(
        `^<iframe src="${site.server.url}embed/peer-support-team/item-3/" title="Peer Support Team, Item 3\\." `,
      ),
    );
    await context.close();
  });
});
