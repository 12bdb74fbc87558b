// Keyboard gate: the skip link comes first and moves focus to the main content; every control in the header
// and a clause's permalink and actions can be reached with Tab and show a visible focus ring. Reduced motion
// turns off smooth scrolling and every animation and transition.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../../tools/lib/browser';
import { DIST, requireBuild } from '../../tools/lib/dist';
import { focusStyle, hasFocusRing, tabTo } from '../support/keyboard';
import { codePageId, pageAddresses } from '../support/site-pages';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server';

describe.runIf(browserAvailable())('keyboard and motion', () => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;
  const addresses = pageAddresses();
  const codePage = addresses.find((address) => codePageId(address));

  beforeAll(async () => {
    requireBuild();
    server = await serveStatic(DIST);
    browser = await launchChromium();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Asserts the focused element shows a focus ring, once any smooth scroll into view has finished. */
  async function expectFocusRing(page: Page, what: string) {
    await expect
      .poll(async () => {
        const style = await focusStyle(page);
        return hasFocusRing(style) || `no visible focus ring on ${what}: ${JSON.stringify(style)}`;
      })
      .toBe(true);
  }

  /** Tabs to `selector` (a crosswalk filter, a clause action…) and asserts its focus ring. */
  async function tabToWithRing(page: Page, selector: string) {
    await tabTo(page, selector);
    await expectFocusRing(page, selector);
  }

  it('puts the skip link first; it shows and moves focus to the main content', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    expect(
      await page
        .locator('.skip-link')
        .boundingBox()
        .then((box) => (box ? box.y + box.height : 0)),
    ).toBeLessThanOrEqual(0);
    expect(await tabTo(page, 'a.skip-link', 1)).toBe(1);
    await expectFocusRing(page, 'the skip link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('reaches every header control in order, each with a focus ring', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    // Every focusable control the header shows, in document order: brand, navigation, search, scheme selector.
    const controls = await page.$$eval(
      'header a[href], header input, header button, header select',
      (elements) =>
        elements
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .map((element, index) => {
            element.setAttribute('data-kb', String(index));
            return index;
          }),
    );
    expect(controls.length).toBeGreaterThanOrEqual(8);
    await tabTo(page, 'a.skip-link', 1);
    for (const index of controls) {
      expect(
        await tabTo(page, `[data-kb="${index}"]`, 1),
        `header control ${index} is not next in tab order`,
      ).toBe(1);
      await expectFocusRing(page, `header control ${index}`);
    }
    await page.close();
  });

  it("reaches a clause's permalink, its actions button, Copy link and Cite, each with a focus ring", async () => {
    if (!codePage) throw new Error('the built site has no code page to tab through');
    const page = await context.newPage();
    await page.goto(`${server.url}${codePage}`);
    await tabToWithRing(page, 'article.clause a.permalink');
    const clause = await page.evaluate(() => document.activeElement?.closest('article.clause')?.id);
    await tabToWithRing(page, `#${clause} button.actions-toggle`);
    expect(await page.locator(`#${clause} button[data-action="copy-link"]`).isVisible()).toBe(false);
    // Measured in page coordinates: focus may still be scrolling the page smoothly into place.
    const box = () =>
      page.locator(`#${clause}`).evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return {
          top: rect.top + window.scrollY,
          left: rect.left + window.scrollX,
          width: rect.width,
          height: rect.height,
        };
      });
    const before = await box();
    await page.keyboard.press('Enter');
    expect(await page.locator(`#${clause} button.actions-toggle`).getAttribute('aria-expanded')).toBe('true');
    // The menu opens over the page: the clause keeps its size and place.
    expect(await box()).toEqual(before);
    expect(await tabTo(page, `#${clause} button[data-action="copy-link"]`, 1)).toBe(1);
    await expectFocusRing(page, 'the Copy link button');
    expect(await tabTo(page, `#${clause} button[data-action="cite"]`, 1)).toBe(1);
    await expectFocusRing(page, 'the Cite button');
    // Escape closes the menu and puts focus back on its button.
    await page.keyboard.press('Escape');
    expect(await page.locator(`#${clause} button[data-action="cite"]`).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('actions-toggle'))).toBe(
      true,
    );
    await page.close();
  });

  it('scrolls smoothly by default but not with reduced motion, and nothing animates', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
      'smooth',
    );
    await page.close();

    const reduced = await browser.newContext({ reducedMotion: 'reduce' });
    const moving: string[] = [];
    const reducedPage = await reduced.newPage();
    for (const address of addresses) {
      await reducedPage.goto(`${server.url}${address}`);
      const { scroll, running } = await reducedPage.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        running: document.getAnimations().filter((animation) => animation.playState === 'running').length,
      }));
      if (scroll !== 'auto') moving.push(`${address || '/'}: scroll-behavior ${scroll}`);
      if (running > 0) moving.push(`${address || '/'}: ${running} running animations or transitions`);
    }
    await reduced.close();
    expect(moving).toEqual([]);
  });
});
