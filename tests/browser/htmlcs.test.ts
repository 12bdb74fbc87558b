// Accessibility by an engine we did not write: HTML_CodeSniffer (WCAG2AA) over every built page, in the light and
// the dark colour scheme: zero errors. Warnings and notices are for a person to judge and are not gated.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { runHtmlcs, type HtmlcsError } from '../support/htmlcs';
import { useSiteInBrowser } from '../support/site-in-browser';
import { pageAddresses } from '../support/site-pages';

/** Sniffs switched off (matched against the message code), each with its reason. None today. */
const DISABLED_SNIFFS: Record<string, string> = {};

describe.runIf(browserAvailable())('HTML_CodeSniffer over every page', () => {
  const site = useSiteInBrowser();
  const addresses = pageAddresses();

  it.each(['light', 'dark'] as const)(
    'finds no WCAG2AA error in the %s colour scheme',
    async (colorScheme) => {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      const errors: (HtmlcsError & { page: string })[] = [];
      for (const address of addresses) {
        await page.goto(`${site.server.url}${address}`);
        errors.push(
          ...(await runHtmlcs(page, Object.keys(DISABLED_SNIFFS))).map((error) => ({
            page: address || '/',
            ...error,
          })),
        );
      }
      await context.close();
      const report = errors
        .map(({ page, code, message, element }) => `[${page}] ${code}: ${message}\n    ${element}`)
        .join('\n');
      console.info(`HTML_CodeSniffer (${colorScheme}): ${addresses.length} pages, ${errors.length} errors`);
      expect(errors, report).toEqual([]);
      expect(addresses.length).toBeGreaterThan(5);
      // About 80 pages, each sniffed in full: a minute or two on an idle machine.
    },
    600_000,
  );

  it('really sniffs: a table with group header rows and no headers attributes is an error', async () => {
    const page = await site.browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><main><table><thead><tr><th>Theme</th><th>A</th></tr></thead>' +
        '<tbody><tr><th colspan="2" scope="rowgroup">Group</th></tr><tr><th scope="row">One</th><td>x</td></tr></tbody></table></main></body></html>',
    );
    const codes = (await runHtmlcs(page)).map((error) => error.code);
    await page.close();
    expect(codes.some((code) => code.includes('H43'))).toBe(true);
  });
});
