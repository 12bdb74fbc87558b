// Permalinks are forever: after a rename the old id, kept as an alias, still lands on and highlights the
// clause. No real clause has an alias yet, so this builds the good fixture, whose iaps/hopeful keeps "old-id".
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../support/astro-build';
import { browserAvailable, launchChromium } from '../../tools/lib/browser';
import { FIXTURES } from '../support/content';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server';

describe.runIf(browserAvailable())('a clause alias', () => {
  let build: BuildResult;
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    build = await astroBuild(join(FIXTURES, 'good'));
    if (!build.ok) throw new Error(`the good fixture did not build:\n${build.output}`);
    server = await serveStatic(build.outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('lands on the clause and highlights it like its own id', async () => {
    // A short window, so the clause starts below the fold and landing on it needs a scroll.
    const page = await browser.newPage({ viewport: { width: 800, height: 300 }, reducedMotion: 'reduce' });
    await page.goto(`${server.url}codes/iaps/`);
    const plain = await page
      .locator('#hopeful')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(
      await page.locator('#hopeful').evaluate((element) => element.getBoundingClientRect().top),
    ).toBeGreaterThan(300);

    await page.goto(`${server.url}codes/iaps/#old-id`);
    const landed = await page.evaluate(() => ({
      target: document.querySelector(':target')?.id,
      clause: document.querySelector(':target')?.closest('article.clause')?.id,
    }));
    expect(landed).toEqual({ target: 'old-id', clause: 'hopeful' });
    const top = await page.locator('#hopeful').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
    const highlighted = await page
      .locator('#hopeful')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    const other = await page
      .locator('#voluntary')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(highlighted).not.toBe(plain);
    expect(highlighted).not.toBe(other);
    await page.close();
  });
});
