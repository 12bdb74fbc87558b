// After one online visit the reading pages and search work offline (the service worker's precache).
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { openBuilderTheme } from '../support/builder';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('offline', () => {
  const site = useSiteInBrowser();

  it('after one visit, opens a code page and runs a search with the network off', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    await page.goto(site.server.url);
    // Ready once the worker is active, which is after its install step has precached every file.
    const cacheName = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return (await caches.keys()).find((key) => key.startsWith('pec-'));
    });
    expect(cacheName).toMatch(/^pec-[0-9a-f]{16}$/);
    const cached = await page.evaluate(
      async (name) =>
        (await (await caches.open(name!)).keys()).map((request) => new URL(request.url).pathname),
      cacheName,
    );
    expect(cached).toEqual(
      expect.arrayContaining([
        '/',
        '/codes/alaska-psp/',
        '/themes/',
        '/crosswalk/',
        '/search/',
        '/pagefind/pagefind.js',
      ]),
    );
    expect(cached.some((path) => path.startsWith('/compare/') && path.split('/').length === 5)).toBe(true);
    expect(cached.some((path) => path.startsWith('/scenarios/') && path !== '/scenarios/')).toBe(true);

    await context.setOffline(true);
    await page.goto(`${site.server.url}codes/alaska-psp/`);
    expect(await page.locator('#conflicts-3').textContent()).toContain(
      'I will not accept substantial gifts or loans',
    );

    await page.goto(`${site.server.url}search/?q=money`);
    await expect
      .poll(() => page.locator('[data-search-results] .search-result').count(), { timeout: 15_000 })
      .toBe(4);

    // The builder loads a theme's clauses from its file when the theme is opened: offline, from the precache.
    await page.goto(`${site.server.url}build/`);
    await openBuilderTheme(page, 'gifts-money');
    expect(await page.getByLabel('Alaska PSP, Conflicts of Interest 3.').count()).toBe(1);
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('without the worker, the same offline visit fails (the test can tell)', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await context.setOffline(true);
    const reached = await page.goto(`${site.server.url}codes/alaska-psp/`).then(
      () => true,
      () => false,
    );
    expect(reached).toBe(false);
    await context.close();
  });
});
