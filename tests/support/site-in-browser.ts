// Vitest fixture: a built site served on loopback and a Chromium to visit it (kept apart from browser.ts,
// which scripts outside Vitest import too).
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/lib/browser';
import { DIST, requireBuild } from '../../tools/lib/dist';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server';

export interface SiteInBrowser {
  browser: Browser;
  server: RunningServer;
}

/**
 * For a describe block: serves a built site (default dist/ at /) and launches Chromium before its tests,
 * closing both after. Read the fields inside tests, once beforeAll has run.
 */
export function useSiteInBrowser(dir = DIST, base = '/'): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    requireBuild(dir);
    site.server = await serveStatic(dir, base);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * A browser context for the tool pages: downloads accepted, the clipboard granted, and every CSP complaint the
 * console reports pushed to `cspErrors` so a test can assert there were none.
 */
export async function toolContext(
  site: SiteInBrowser,
  cspErrors: string[],
  /** serviceWorkers 'block' for a test that routes requests: the site's worker answers them, past page.route. */
  options: { bypassCSP?: boolean; colorScheme?: 'light' | 'dark'; serviceWorkers?: 'block' } = {},
): Promise<BrowserContext> {
  const context = await site.browser.newContext({ acceptDownloads: true, ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  context.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
  return context;
}
