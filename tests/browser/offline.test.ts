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

  it('offline, a clause page, embed or CSV that was not saved says so and links the saved page with the same text', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);

    const cases = [
      ['codes/alaska-psp/purpose-5/', '/codes/alaska-psp/#purpose-5', 'the code page that holds this clause'],
      ['embed/alaska-psp/purpose-5/', '/codes/alaska-psp/#purpose-5', 'the code page that holds this clause'],
      ['data/crosswalk.csv', '/crosswalk/', 'the crosswalk, which shows the same data'],
    ] as const;
    for (const [path, target, says] of cases) {
      await page.goto(`${site.server.url}${path}`);
      await expect.poll(() => page.locator('h1').textContent(), { message: path }).toBe('You are offline');
      expect(await page.locator('main').innerText(), path).not.toMatch(/mistyped|Page not found/);
      const link = page.getByRole('link', { name: says });
      await expect.poll(() => link.isVisible(), { message: path }).toBe(true);
      expect(await link.getAttribute('href'), path).toBe(target);
      expect(await page.locator('[data-saved]').textContent(), path).toBe(
        'It is saved in this browser, so it opens offline.',
      );
      expect(await page.title(), path).toMatch(/^You are offline/);
    }
    // The link works offline: the code page opens at the clause.
    await page.getByRole('link', { name: 'the crosswalk, which shows the same data' }).click();
    await page.waitForURL(`${site.server.url}crosswalk/`);
    await page.goto(`${site.server.url}codes/alaska-psp/purpose-5/`);
    await page.getByRole('link', { name: 'the code page that holds this clause' }).click();
    await page.waitForURL(`${site.server.url}codes/alaska-psp/#purpose-5`);
    expect(await page.locator('#purpose-5').textContent()).toContain('only work under supervision');
    await context.close();
  });

  it('online, a missing page still says "Page not found"', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const probes: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') probes.push(`${request.method()} ${request.url()}`);
    });
    await page.goto(`${site.server.url}codes/alaska-psp/no-such-clause/`);
    await page.waitForLoadState('networkidle');
    // The server's 404 status says the page is missing; no extra request is needed to tell.
    expect(probes).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('offline-notice').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toContain('mistyped');
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
