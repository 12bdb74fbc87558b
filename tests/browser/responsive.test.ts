// From 320 px up, no page scrolls sideways as a whole (wide tables scroll inside their own region).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, requireBuild } from '../support/dist';
import { browserAvailable, launchChromium } from '../support/browser';
import { serveStatic, type RunningServer } from '../support/static-server';

describe.runIf(browserAvailable())('responsive layout', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    requireBuild();
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no page-wide horizontal scroll at 320 px on any page', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    const overflowing: string[] = [];
    for (const file of htmlPages()) {
      await page.goto(`${server.url}${file.replace(/index\.html$/, '')}`);
      const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (extra > 0) overflowing.push(`${file} (+${extra}px)`);
    }
    expect(overflowing).toEqual([]);
  });
});
