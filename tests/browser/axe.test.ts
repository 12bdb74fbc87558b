// Accessibility gate: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) over every built page, in the light
// and the dark colour scheme, and in the theme selector's explicit states: zero violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser';
import { useSiteInBrowser } from '../support/site-in-browser';
import { readPage } from '../support/dist';
import { codePageId, pageAddresses } from '../support/site-pages';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules switched off, each with its reason. None today: add one only with a reason a reviewer accepts. */
const DISABLED_RULES: Record<string, string> = {};

interface Violation {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

async function audit(page: Page, label: string): Promise<Violation[]> {
  // The site's CSP forbids inline scripts, so axe is injected into a context made with bypassCSP: true.
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(
    async ({ tags, disabled }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      // Guards against a vacuous pass (axe not loaded, or every rule filtered out).
      if (result.passes.length + result.violations.length < 10) throw new Error(`axe ran only ${result.passes.length} rules`);
      return result.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { tags: TAGS, disabled: Object.keys(DISABLED_RULES) },
  );
  return violations.map((violation) => ({ page: label, ...violation }));
}

const formatViolations = (violations: Violation[]) =>
  violations
    .map(({ page, rule, impact, help, targets }) => `[${page}] ${rule} (${impact}): ${help}\n    ${targets.join('\n    ')}`)
    .join('\n');

describe.runIf(browserAvailable())('axe-core over every page', () => {
  const site = useSiteInBrowser();
  const addresses = pageAddresses();
  // A highlighted clause (:target) has its own background, so its contrast is checked too.
  const firstCode = addresses.find((address) => codePageId(address));
  const firstClause = firstCode && readPage(`${firstCode}index.html`).querySelector('article.clause')?.id;


  async function auditAll(context: BrowserContext, targets: string[], prepare?: (page: Page) => Promise<void>) {
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
  ] as const)('finds no violation with the theme selector set to $chosen on a $system system', async ({ system, chosen }) => {
    const context = await site.browser.newContext({ colorScheme: system, bypassCSP: true });
    const targets = ['', ...(firstCode ? [firstCode] : [])];
    const backgrounds: string[] = [];
    const violations = await auditAll(context, targets, async (page) => {
      await page.locator('theme-select select').selectOption(chosen);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    });
    await context.close();
    // The toggle really switched the scheme: dark background for dark, white for light.
    for (const background of backgrounds) expect(background).toBe(chosen === 'dark' ? 'rgb(20, 23, 28)' : 'rgb(255, 255, 255)');
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
