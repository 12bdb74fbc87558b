// A clause embed works in a page on another origin; every other page refuses to be framed. The test server
// sends the build's _headers, as a host that reads that file does.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { openClauseActions } from '../support/clause-actions';
import { useSiteInBrowser } from '../support/site-in-browser';
import { EMBED_FALLBACK_HEIGHT, embedSnippet } from '../../src/lib/views/embed';

describe.runIf(browserAvailable())('clause embeds', () => {
  const site = useSiteInBrowser();
  // The other site: a second loopback server (another port, so another origin) serving one page with a frame.
  let other: Server;
  let otherOrigin = '';
  let frameSrc = '';
  /** When set, the other site's page is this HTML instead of the one-frame page. */
  let hostPage = '';

  beforeAll(async () => {
    other = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        hostPage ||
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
      .toMatch(
        /^Embed code copied: paste it into a web page\. .*change theme=auto to theme=light or theme=dark/,
      );
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(
      new RegExp(
        `^<iframe src="${site.server.url}embed/peer-support-team/item-3/\\?theme=auto" title="Peer Support Team, Item 3\\." `,
      ),
    );
    expect(snippet).toContain('<script>addEventListener("message"');
    await context.close();
  });

  /** The other site's course page with the copied snippet in a column `width` px wide. */
  async function hostWithSnippet(path: string, width: number, colorScheme: 'light' | 'dark' = 'light') {
    const snippet = embedSnippet(`${site.server.url}${path}`, 'clause');
    hostPage = `<!doctype html><html lang="en"><title>Course page</title><body style="margin:0"><div style="width:${width}px">${snippet}</div></body></html>`;
    const page = await site.browser.newPage({ colorScheme });
    await page.goto(`${otherOrigin}/`);
    const frame = page.locator('iframe');
    await frame.scrollIntoViewIfNeeded();
    const content = await (await frame.elementHandle())!.contentFrame();
    await content!.waitForLoadState('load');
    return { page, frame, content: content! };
  }

  it('fits its frame to a long clause in a 340 px column: nothing cut, the source link in view', async () => {
    try {
      const { page, frame, content } = await hostWithSnippet('embed/alaska-psp/purpose-5/', 340);
      // The card reports its height and the snippet's listener grows the frame past its fallback.
      await expect
        .poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 5000 })
        .toBeGreaterThan(EMBED_FALLBACK_HEIGHT + 2);
      const inFrame = await content.evaluate(() => ({
        viewport: window.innerHeight,
        scroll: document.documentElement.scrollHeight,
        card: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
        source: Math.ceil(document.querySelector('.source a')!.getBoundingClientRect().bottom),
        width: window.innerWidth,
      }));
      expect(inFrame.width).toBeLessThanOrEqual(340);
      expect(inFrame.scroll).toBeLessThanOrEqual(inFrame.viewport);
      expect(inFrame.card).toBeLessThanOrEqual(inFrame.viewport);
      expect(inFrame.source).toBeLessThanOrEqual(inFrame.viewport);
      await page.close();
    } finally {
      hostPage = '';
    }
  });

  it('shrinks the frame to a short clause', async () => {
    try {
      const { page, frame } = await hostWithSnippet('embed/peer-support-team/item-3/', 560);
      await expect
        .poll(async () => (await frame.boundingBox())?.height ?? 1000, { timeout: 5000 })
        .toBeLessThan(EMBED_FALLBACK_HEIGHT - 50);
      await page.close();
    } finally {
      hostPage = '';
    }
  });

  it('takes the theme from its address; a bad value is named on the card, which still shows the clause', async () => {
    const page = await site.browser.newPage({ colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(`${site.server.url}embed/alaska-psp/purpose-5/?theme=light`);
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await page.goto(`${site.server.url}embed/alaska-psp/purpose-5/?theme=auto`);
    await expect.poll(background).toBe('rgb(20, 23, 28)');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.server.url}embed/alaska-psp/purpose-5/?theme=dark`);
    await expect.poll(background).toBe('rgb(20, 23, 28)');
    await page.goto(`${site.server.url}embed/alaska-psp/purpose-5/?theme=purple`);
    await expect.poll(() => page.locator('[data-theme-note]').isVisible()).toBe(true);
    expect(await page.locator('[data-theme-note]').textContent()).toContain('theme=purple');
    expect(await background()).toBe('rgb(255, 255, 255)');
    expect(await page.locator('blockquote').textContent()).toContain(
      'The Peer Support Professional will only work under supervision.',
    );
    expect(await page.locator('.source a').first().isVisible()).toBe(true);
    await page.close();
  });
});
