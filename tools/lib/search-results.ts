// How a tool tells that a query's search results are on screen: the results box names, in its data-query, the
// query whose results it shows (src/client/search/results.ts). The status line is no signal: a corrected query's
// status names the correction, not what was typed.
import type { Page } from 'playwright-core';

/** The header's drop-down results (src/components/SiteSearch.astro). */
export const HEADER_RESULTS = '#site-search-panel [data-search-results]';
/** The /search/ page's results (src/pages/search.astro). */
export const PAGE_RESULTS = 'search-page [data-search-results]';

/** Waits until the results box at `selector` shows the results of `query` (trimmed, as the page reads it). */
export async function waitForResults(page: Page, selector: string, query: string): Promise<void> {
  await page.waitForFunction(
    ([resultsSelector, q]) => document.querySelector<HTMLElement>(resultsSelector)?.dataset.query === q,
    [selector, query.trim()] as const,
    { timeout: 60_000 },
  );
}
