// Launching Debian's Chromium for browser tests. Outside CI a missing browser skips the tests, loudly;
// under CI=true it is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DIST, requireBuild } from './dist';
import { serveStatic, type RunningServer } from './static-server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const inCI = process.env.CI === 'true';

/** True when browser tests can run; throws under CI when the browser is missing. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `No Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium).`;
  if (inCI) throw new Error(`${message} Browser tests cannot be skipped under CI.`);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: ${message} !!!\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

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
