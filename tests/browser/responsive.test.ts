// From 320 px up, no page scrolls sideways as a whole (wide tables scroll inside their own region).
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../tools/lib/dist';
import { browserAvailable } from '../../tools/lib/browser';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('responsive layout', () => {
  const site = useSiteInBrowser();

  it('has no page-wide horizontal scroll at 320 px on any page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
    const overflowing: string[] = [];
    for (const file of htmlPages()) {
      await page.goto(`${site.server.url}${file.replace(/index\.html$/, '')}`);
      const extra = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (extra > 0) overflowing.push(`${file} (+${extra}px)`);
    }
    expect(overflowing).toEqual([]);
  });
});
