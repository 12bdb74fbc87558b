// Vitest fixture: a built site served on loopback and a Chromium to visit it (kept apart from browser.ts,
// which scripts outside Vitest import too).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { DIST, requireBuild } from './dist';
import { serveStatic, type RunningServer } from './static-server';

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
