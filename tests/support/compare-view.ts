// The gates over a comparison drawn in the browser (<compare-view> on /compare/): axe in both colour schemes, the
// forced-colours mark on rows where the codes differ, and the focus sweep (WCAG 2.4.11) at phone and desktop
// widths. Shared by the browser tests (5 codes) and the scale build (30 codes, where the aligned view replaces the
// pair pages).
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe';
import { sweepFocus } from './focus-obscured';
import { markWidth } from './mark-width';

/** Opens a comparison and waits until its rows are drawn. */
export async function openComparison(
  browser: Browser,
  url: string,
  options: { width?: number; colorScheme?: 'light' | 'dark'; forcedColors?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 844 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  if (options.forcedColors) await page.emulateMedia({ forcedColors: 'active' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator('compare-view .compare-row').first().waitFor();
  expect(errors).toEqual([]);
  return page;
}

/** Runs every gate over the comparison at `url`; `differs` selects the rows where the codes differ. */
export async function checkComparisonGates(browser: Browser, url: string, differs: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await openComparison(browser, url, { colorScheme });
    expect(await axeViolations(page), `axe, ${colorScheme}: ${url}`).toEqual([]);
    await page.close();
  }

  const forced = await openComparison(browser, url, { forcedColors: true });
  expect(await forced.locator(`compare-view ${differs}`).count()).toBeGreaterThan(0);
  const marked = await markWidth(forced, `compare-view ${differs}`);
  expect(marked).toBeGreaterThanOrEqual(2);
  // Rows where the codes agree keep only their thin separator: narrower than the mark, so the mark stands out.
  const same = forced.locator('compare-view .compare-row.both, compare-view .compare-row.neither');
  if ((await same.count()) > 0)
    expect(
      await markWidth(forced, 'compare-view .compare-row.both, compare-view .compare-row.neither'),
    ).toBeLessThan(marked);
  await forced.close();

  for (const width of [390, 1280]) {
    for (const key of ['Tab', 'Shift+Tab'] as const) {
      const page = await openComparison(browser, url, { width });
      const sweep = await sweepFocus(page, key, 250);
      expect(
        sweep.covered.map((stop) => `${stop.element} under ${stop.coveredBy}`),
        `focus hidden at ${width} px (${key}): ${url}`,
      ).toEqual([]);
      // A sweep that checked nothing proves nothing.
      expect(sweep.checked).toBeGreaterThan(20);
      await page.close();
    }
  }
}
