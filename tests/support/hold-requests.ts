// Holds a page's requests for some files until the test lets them through, as on a poor connection, so that what a
// reader does meanwhile happens before they arrive however fast the machine. The page must not be controlled by
// the site's service worker: requests it answers never reach page.route (open the context with
// `serviceWorkers: 'block'`).
import type { Page } from 'playwright-core';

export interface HeldRequests {
  /** How many requests have been held so far: a test asserts some were, or it holds nothing and proves nothing. */
  count: () => number;
  /** Lets every held request, and every later one, through. */
  release: () => void;
}

/** Starts holding the page's requests whose URL matches `pattern` (a page.route glob). */
export async function holdRequests(page: Page, pattern: string): Promise<HeldRequests> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let count = 0;
  await page.route(pattern, async (route) => {
    count += 1;
    await held;
    await route.continue();
  });
  return { count: () => count, release };
}
