// Runs axe-core in a page: the one place the browser tests load and configure it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * The page's violations of the AXE_TAGS rules, less `disabledRules`. axe is evaluated through the DevTools
 * protocol, which the page's CSP does not govern, so the page runs under its real policy.
 */
export async function runAxe(page: Page, disabledRules: string[] = []): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, disabled }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
      });
      // Guards against a vacuous pass (axe not loaded, or every rule filtered out).
      // Rules found inapplicable ran too: a small page (a clause embed) passes few rules but is still checked.
      const ran =
        result.passes.length +
        result.violations.length +
        result.incomplete.length +
        result.inapplicable.length;
      if (ran < 10 || result.passes.length === 0)
        throw new Error(`axe ran only ${ran} rules (${result.passes.length} passed)`);
      return result.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { tags: AXE_TAGS, disabled: disabledRules },
  );
}

/** The page's violations, one line each ("rule: target, target"), for tests that expect none. */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await runAxe(page)).map(({ rule, targets }) => `${rule}: ${targets.join(', ')}`);
}
