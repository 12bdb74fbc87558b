// Accessibility gate: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) over every built page, in the light
// and the dark colour scheme, and in the theme selector's explicit states: zero violations.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe, type AxeViolation } from '../support/axe';
import { browserAvailable } from '../../tools/lib/browser';
import { useSiteInBrowser } from '../support/site-in-browser';
import { readPage } from '../../tools/lib/dist';
import { codePageId, pageAddresses, samplePerCode } from '../support/site-pages';

/** Rules switched off, each with its reason. None today: add one only with a reason a reviewer accepts. */
const DISABLED_RULES: Record<string, string> = {};

interface Violation extends AxeViolation {
  page: string;
}

async function audit(page: Page, label: string): Promise<Violation[]> {
  return (await runAxe(page, Object.keys(DISABLED_RULES))).map((violation) => ({
    page: label,
    ...violation,
  }));
}

const formatViolations = (violations: Violation[]) =>
  violations
    .map(
      ({ page, rule, impact, help, targets }) =>
        `[${page}] ${rule} (${impact}): ${help}\n    ${targets.join('\n    ')}`,
    )
    .join('\n');

describe.runIf(browserAvailable())('axe-core over every page', () => {
  const site = useSiteInBrowser();
  // Clause pages and embeds are one template each, a page per clause: one of each per code is checked.
  const addresses = samplePerCode(pageAddresses());
  // A highlighted clause (:target) has its own background, so its contrast is checked too.
  const firstCode = addresses.find((address) => codePageId(address));
  const firstClause = firstCode && readPage(`${firstCode}index.html`).querySelector('article.clause')?.id;

  async function auditAll(
    context: BrowserContext,
    targets: string[],
    prepare?: (page: Page) => Promise<void>,
  ) {
    const page = await context.newPage();
    const violations: Violation[] = [];
    for (const address of targets) {
      await page.goto(`${site.server.url}${address}`);
      await prepare?.(page);
      violations.push(...(await audit(page, address || '/')));
    }
    await page.close();
    return violations;
  }

  it.each(['light', 'dark'] as const)('finds no violation in the %s colour scheme', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const targets = [...addresses, ...(firstClause ? [`${firstCode}#${firstClause}`] : [])];
    const violations = await auditAll(context, targets);
    await context.close();
    console.info(`axe (${colorScheme}): ${targets.length} pages, ${violations.length} violations`);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(targets.length).toBeGreaterThan(5);
  });

  it.each([
    { system: 'light', chosen: 'dark' },
    { system: 'dark', chosen: 'light' },
  ] as const)(
    'finds no violation with the theme selector set to $chosen on a $system system',
    async ({ system, chosen }) => {
      const context = await site.browser.newContext({ colorScheme: system, bypassCSP: true });
      const targets = ['', ...(firstCode ? [firstCode] : [])];
      const backgrounds: string[] = [];
      const violations = await auditAll(context, targets, async (page) => {
        await page.locator(`theme-select button[data-scheme="${chosen}"]`).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
        backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      });
      await context.close();
      // The toggle really switched the scheme: dark background for dark, white for light.
      for (const background of backgrounds)
        expect(background).toBe(chosen === 'dark' ? 'rgb(20, 23, 28)' : 'rgb(255, 255, 255)');
      expect(violations, formatViolations(violations)).toEqual([]);
    },
  );
});
