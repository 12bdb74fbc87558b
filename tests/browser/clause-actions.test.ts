// A reader copies a clause's link and citation, and follows its permalink.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../support/dist';
import { browserAvailable, launchChromium } from '../support/browser';
import { serveStatic, type RunningServer } from '../support/static-server';

describe.runIf(browserAvailable())('clause actions', () => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;

  beforeAll(async () => {
    requireBuild();
    server = await serveStatic(DIST);
    browser = await launchChromium();
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('copies the clause permalink', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}codes/alaska-psp/`);
    const clause = page.locator('#conflicts-3');
    await clause.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => clause.getByRole('status').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}codes/alaska-psp/#conflicts-3`);
  });

  it('copies a plain-text citation naming code, section, label and URL', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}codes/dbhds-cprs/`);
    await page.locator('#conduct-4').getByRole('button', { name: 'Cite' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'DBHDS Code of Ethical Conduct for Peer Recovery Specialists. Virginia Department of Behavioral Health and Developmental Services (DBHDS). ' +
        `Principle: Conduct ¶ 4. ${server.url}codes/dbhds-cprs/#conduct-4`,
    );
  });

  it('lands on the clause from its permalink and highlights it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}codes/peer-support-team/#item-17`);
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('item-17');
    await expect.poll(() => page.locator('#item-17').isVisible()).toBe(true);
  });
});
