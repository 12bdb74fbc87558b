// Privacy and CSP gate: loading every built page (and a missing address, which gets the 404 page) requests
// nothing from any origin but the site's own, every request succeeds, and the pages run under their real
// Content-Security-Policy (not bypassed here) with no CSP violation and no console error. Both builds, so a
// base-path build that reaches outside /ethics/ fails too.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../../tools/lib/browser';
import { BASE_PATH, DIST, DIST_BASE, requireBuild } from '../../tools/lib/dist';
import { pageAddresses, samplePerCode } from '../support/site-pages';
import { serveStatic } from '../../tools/lib/static-server';

const MISSING = 'no-such-page/';

describe.runIf(browserAvailable())('requests, CSP and console on every page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    { name: 'dist/', dir: DIST, base: '/' },
    { name: 'dist-ethics/', dir: DIST_BASE, base: BASE_PATH },
  ])('stays on its own origin with no CSP violation or console error in $name', async ({ dir, base }) => {
    requireBuild(dir);
    const server = await serveStatic(dir, base);
    const context = await browser.newContext();
    // Runs in every page before its own scripts (injected by the browser, so the CSP does not apply to it).
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        ),
      );
    });
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    let requests = 0;
    page.on('request', (request) => {
      requests += 1;
      const url = new URL(request.url());
      if (url.origin !== server.origin && url.protocol !== 'data:')
        problems.push(`${current}: request to another origin: ${request.url()}`);
    });
    page.on('response', (response) => {
      const expected404 = current === MISSING && response.request().isNavigationRequest();
      if (response.status() >= 400 && !expected404)
        problems.push(`${current}: HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('console', (message) => {
      // The missing address's own 404 is expected; Chromium logs it as an error.
      const expected404 = current === MISSING && message.location().url === `${server.url}${MISSING}`;
      if (message.type() === 'error' && !expected404)
        problems.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: uncaught ${error.message}`));

    const addresses = [...samplePerCode(pageAddresses(dir)), MISSING];
    for (const address of addresses) {
      current = address || '/';
      const response = await page.goto(`${server.url}${address}`, { waitUntil: 'load' });
      if (address === MISSING) expect(response?.status()).toBe(404);
      // Module scripts have run by `load`; give any late request or violation report a moment to show.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      const violations = await page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      );
      problems.push(...violations.map((violation) => `${current}: CSP violation: ${violation}`));
      expect(
        await page.evaluate(
          () => document.querySelector('meta[http-equiv="content-security-policy"]') !== null,
        ),
      ).toBe(true);
    }
    // The scripts ran under the CSP: the custom elements that need JavaScript got defined.
    expect(await page.evaluate(() => customElements.get('theme-select') !== undefined)).toBe(true);
    console.info(`${base}: ${addresses.length} pages loaded, ${requests} requests, all to ${server.origin}`);
    await context.close();
    await server.close();
    expect(problems).toEqual([]);
  });
});
