// The site header (SiteHeader.astro, client/header-folds.ts, ThemeSelect.astro) against the WCAG 2.2 findings
// made by hand: a fold never hides where Tab goes (2.4.11), the Menu fold follows its button (2.4.3), Escape
// works wherever focus is, the search box keeps its width under text spacing (1.4.12), placeholders have text
// contrast in both schemes and the desktop search has a visible label (1.4.3, 2.5.3), and the colour scheme is
// a named group of toggle buttons.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { useSiteInBrowser } from '../support/site-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const CLAUSE_PAGE = 'codes/alaska-psp/conduct-1/';

/** WCAG relative-luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Where focus is: inside which header part, or "page". */
const focusPlace = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.closest('#site-menu')) return 'menu';
    if (active.closest('#site-search-slot')) return 'search';
    if (active.closest('.site-header')) return 'header';
    return 'page';
  });

const foldOpen = (page: Page, id: string) => page.locator(`#${id}`).isVisible();

describe.runIf(browserAvailable())('site header', () => {
  const site = useSiteInBrowser();

  it.each([
    { fold: 'site-menu', button: 'Menu' },
    { fold: 'site-search-slot', button: 'Search' },
  ])(
    'at 390 px the $button fold closes as soon as Tab leaves the header, so nothing under it takes focus',
    async ({ fold, button }) => {
      const page = await site.browser.newPage({ viewport: PHONE });
      await page.goto(`${site.server.url}${CLAUSE_PAGE}`);
      await page.getByRole('button', { name: button, exact: true }).click();
      expect(await foldOpen(page, fold)).toBe(true);
      let presses = 0;
      while ((await focusPlace(page)) !== 'page' && presses < 40) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      expect(await focusPlace(page)).toBe('page');
      expect(await foldOpen(page, fold)).toBe(false);
      // The element that took focus is the one drawn at its centre: nothing lies over it.
      const onTop = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        // The first line box: a link that wraps has a gap between its lines at the centre of its bounding box.
        const box = active.getClientRects()[0] ?? active.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return Boolean(top && (active === top || active.contains(top)));
      });
      expect(onTop).toBe(true);
      await page.close();
    },
  );

  it('at 390 px the Menu fold comes right after its button in the tab order', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}${CLAUSE_PAGE}`);
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await foldOpen(page, 'site-menu')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusPlace(page)).toBe('menu');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Codes');
    await page.close();
  });

  it('at 390 px Escape closes an open fold even when focus is no longer in the header', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}${CLAUSE_PAGE}`);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    // Focus leaves for nowhere (the window's own chrome, a blur): the fold is still open.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await focusPlace(page)).toBe('body');
    expect(await foldOpen(page, 'site-menu')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await foldOpen(page, 'site-menu')).toBe(false);
    await page.close();
  });

  it('at 390 px shows the selection link with its word, not a bare number', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}${CLAUSE_PAGE}`);
    await page
      .locator('main')
      .getByRole('button', { name: /add to selection/i })
      .first()
      .click();
    const link = page.locator('a.selection-link');
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await link.locator('.word').isVisible()).toBe(true);
    expect((await link.innerText()).replace(/\s+/g, ' ').trim()).toMatch(/^Selection \d+ clauses?$/);
    await page.close();
  });

  it('at 1280 px the header search stays wide and shows its query under WCAG 1.4.12 text spacing', async () => {
    // The site's CSP forbids inline styles; the test's own spacing sheet is let in.
    const page = await site.browser.newPage({ viewport: DESKTOP, bypassCSP: true });
    await page.goto(`${site.server.url}${CLAUSE_PAGE}`);
    // The selection badge shows too: it took the search box's room before.
    await page
      .locator('main')
      .getByRole('button', { name: /add to selection/i })
      .first()
      .click();
    await expect.poll(() => page.locator('a.selection-link').isVisible()).toBe(true);
    await page.addStyleTag({
      content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-bottom: 2em !important; }`,
    });
    const input = page.locator('#site-search-input');
    await input.fill('gifts from a peer');
    const size = await input.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        width: box.width,
        height: box.height,
        needs:
          parseFloat(style.fontSize) * 1.5 + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom),
      };
    });
    expect(size.width).toBeGreaterThanOrEqual(280);
    expect(size.height + 1).toBeGreaterThanOrEqual(size.needs);
    await page.close();
  });

  it('at 1280 px the header search has a visible label', async () => {
    const page = await site.browser.newPage({ viewport: DESKTOP });
    await page.goto(`${site.server.url}${CLAUSE_PAGE}`);
    const label = page.locator('label[for="site-search-input"]');
    const box = await label.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);
    expect(box?.height ?? 0).toBeGreaterThan(10);
    expect((await label.innerText()).trim().length).toBeGreaterThan(3);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'every placeholder has at least 4.5:1 contrast on its field in the %s scheme',
    async (colorScheme) => {
      const context = await site.browser.newContext({ viewport: DESKTOP, colorScheme });
      const page = await context.newPage();
      const measured: string[] = [];
      for (const address of ['', 'search/', 'codes/']) {
        await page.goto(`${site.server.url}${address}`);
        const pairs = await page.$$eval('input[placeholder]', (inputs) =>
          inputs.map((input) => {
            let background = 'rgba(0, 0, 0, 0)';
            for (let node: Element | null = input; node; node = node.parentElement) {
              background = getComputedStyle(node).backgroundColor;
              if (!/rgba\(.*, 0\)$/.test(background)) break;
            }
            return { id: input.id, color: getComputedStyle(input, '::placeholder').color, background };
          }),
        );
        for (const { id, color, background } of pairs) {
          const ratio = contrast(color, background);
          measured.push(`${address}#${id}: ${color} on ${background} = ${ratio.toFixed(2)}`);
          expect(ratio, `${address}#${id}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      console.info(`placeholders (${colorScheme}):\n${measured.join('\n')}`);
      expect(measured.length).toBeGreaterThanOrEqual(2);
      await context.close();
    },
  );

  it('sets the colour scheme with a named group of toggle buttons that says which is on', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.server.url);
    const group = page.getByRole('group', { name: 'Colour scheme' });
    expect(await group.isVisible()).toBe(true);
    expect(await group.getByRole('button', { name: 'Auto' }).getAttribute('aria-pressed')).toBe('true');
    await group.getByRole('button', { name: 'Dark' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await group.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('true');
    expect(await group.getByRole('button', { name: 'Auto' }).getAttribute('aria-pressed')).toBe('false');
    // Kept for the next page.
    await page.goto(`${site.server.url}codes/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });

  it('puts the builder, the scenarios and the selection in the main navigation', async () => {
    const page = await site.browser.newPage({ viewport: DESKTOP });
    await page.goto(site.server.url);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const hrefs = await nav
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const path of ['/build/', '/scenarios/', '/selection/']) expect(hrefs).toContain(path);
    await page.close();
  });

  it("closes a clause's actions and Cite menu once focus leaves them, so they never cover the next clause", async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}codes/alaska-psp/`);
    const actions = page.locator('clause-actions').first();
    await actions.locator('.actions-toggle').click();
    await actions.locator('[data-action="cite"]').click();
    // The Cite menu's module loads on first use.
    await expect.poll(() => actions.locator('.cite-menu').isVisible()).toBe(true);
    let presses = 0;
    while ((await actions.evaluate((element) => element.contains(document.activeElement))) && presses < 30) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(presses).toBeGreaterThan(0);
    expect(await actions.locator('.actions-menu').isVisible()).toBe(false);
    expect(await actions.locator('.cite-menu').isVisible()).toBe(false);
    await page.close();
  });

  describe('at 390 px the header stays reachable (header-reveal.ts)', () => {
    const LONG_PAGE = 'codes/alaska-psp/';
    /** Where the header is drawn: its box in the window, whether it is marked hidden, and the shared offset. */
    const headerState = (page: Page) =>
      page.evaluate(() => {
        const frame = document.querySelector('header-reveal') as HTMLElement;
        const box = frame.getBoundingClientRect();
        return {
          top: Math.round(box.top),
          bottom: Math.round(box.bottom),
          hidden: frame.hasAttribute('data-hidden'),
          offset: getComputedStyle(document.documentElement).getPropertyValue('--header-offset').trim(),
        };
      });
    const scrollTo = (page: Page, y: number) => page.evaluate((to) => window.scrollTo(0, to), y);
    const openPhone = async () => {
      const context = await site.browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${site.server.url}${LONG_PAGE}`);
      return { context, page };
    };

    it('hides on scroll down and shows again, at the top of the window, on scroll up', async () => {
      const { context, page } = await openPhone();
      const start = await headerState(page);
      expect(start.top).toBe(0);
      expect(start.offset).toBe(`${start.bottom}px`);
      await scrollTo(page, 4000);
      await expect.poll(async () => (await headerState(page)).bottom).toBeLessThanOrEqual(0);
      expect(await headerState(page)).toMatchObject({ hidden: true, offset: '0px' });
      await scrollTo(page, 3800);
      await expect.poll(async () => (await headerState(page)).top).toBe(0);
      const back = await headerState(page);
      expect(back.hidden).toBe(false);
      expect(back.bottom).toBeGreaterThan(40);
      expect(back.offset).toBe(`${back.bottom}px`);
      // A sticky part of the page (the code's context bar) sits right below it, not under it.
      const bar = await page.locator('.context-bar').boundingBox();
      expect(Math.round(bar?.y ?? -1)).toBe(back.bottom);
      await context.close();
    });

    it('a first load writes nothing on <html> when the header has its designed height, and the measured height when not', async () => {
      // Designed height: the offset comes from the style sheet, and no inline write restyles the whole page.
      const { context, page } = await openPhone();
      const inline = () =>
        page.evaluate(() => document.documentElement.style.getPropertyValue('--header-offset'));
      const usual = await headerState(page);
      expect(usual.offset).toBe(`${usual.bottom}px`);
      expect(await inline()).toBe('');
      await context.close();
      // A reader's style sheet makes the header taller: the script writes what it measures.
      const taller = await site.browser.newContext({
        viewport: PHONE,
        reducedMotion: 'reduce',
        bypassCSP: true,
      });
      await taller.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = '.brand { font-size: 2.5rem !important; }';
          document.head.append(style);
        }),
      );
      const tallPage = await taller.newPage();
      await tallPage.goto(`${site.server.url}${LONG_PAGE}`);
      // The script follows the header's size through a ResizeObserver, whose callback comes after layout: wait for
      // the taller header and its offset (on a loaded machine the first read can come before the callback).
      await expect
        .poll(async () => {
          const state = await headerState(tallPage);
          return state.bottom > usual.bottom && state.offset === `${state.bottom}px`;
        })
        .toBe(true);
      const tall = await headerState(tallPage);
      expect(tall.bottom).toBeGreaterThan(usual.bottom);
      expect(tall.offset).toBe(`${tall.bottom}px`);
      expect(
        await tallPage.evaluate(() => document.documentElement.style.getPropertyValue('--header-offset')),
      ).toBe(`${tall.bottom}px`);
      await taller.close();
    });

    it('stays while focus is inside it or a fold is open', async () => {
      const { context, page } = await openPhone();
      await page.getByRole('button', { name: 'Menu', exact: true }).focus();
      await scrollTo(page, 1500);
      // Give the scroll handler its frames, then check it did not hide.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      expect(await headerState(page)).toMatchObject({ top: 0, hidden: false });
      // Open the Menu fold, move focus out to nowhere (the fold stays open), scroll on: still there.
      await page.keyboard.press('Enter');
      expect(await foldOpen(page, 'site-menu')).toBe(true);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await scrollTo(page, 2500);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      expect(await headerState(page)).toMatchObject({ top: 0, hidden: false });
      await context.close();
    });

    it('a hidden header comes back when Tab reaches it, and a page link focused under it is scrolled below it', async () => {
      const { context, page } = await openPhone();
      await scrollTo(page, 1500);
      await expect.poll(async () => (await headerState(page)).hidden).toBe(true);
      await page.getByRole('button', { name: 'Menu', exact: true }).focus();
      await expect.poll(async () => (await headerState(page)).top).toBe(0);
      // A link deep in the page is brought to 10 px from the top by a scroll up: the header shows over it. Then
      // it takes focus from the keyboard, and is scrolled out from under the header.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const linkY = await page.evaluate(() => {
        const links = [...document.querySelectorAll<HTMLElement>('main .code-text a')].filter(
          (element) => element.getBoundingClientRect().height > 0,
        );
        const link = links[Math.floor(links.length / 2)];
        link?.setAttribute('data-under-header', '');
        return link ? link.getBoundingClientRect().top + window.scrollY : -1;
      });
      expect(linkY).toBeGreaterThan(1000);
      await scrollTo(page, linkY + 90);
      await expect.poll(async () => (await headerState(page)).hidden).toBe(true);
      await scrollTo(page, linkY - 10);
      await expect.poll(async () => (await headerState(page)).hidden).toBe(false);
      const shown = await headerState(page);
      const before = await page.locator('[data-under-header]').boundingBox();
      expect(before?.y ?? -1).toBeLessThan(shown.bottom);
      await page.locator('[data-under-header]').focus();
      const box = await page.locator('[data-under-header]').boundingBox();
      const now = await headerState(page);
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(now.hidden ? 0 : now.bottom);
      await context.close();
    });
  });
});
