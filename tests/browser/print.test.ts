// A printed theme or scenario page is a handout: the clauses without the buttons that act on them.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('printing', () => {
  const site = useSiteInBrowser();

  for (const path of ['themes/gifts-money/', 'scenarios/friend-request/']) {
    it(`prints ${path} without its "Add to selection" buttons, clauses kept`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}${path}`);
      const adds = page.getByRole('button', { name: /^Add to selection/ });
      // On screen the buttons show (so the print check below can fail).
      await expect.poll(() => adds.filter({ visible: true }).count()).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      expect(await adds.filter({ visible: true }).count()).toBe(0);
      expect(await page.locator('add-to-selection').filter({ visible: true }).count()).toBe(0);
      if (path.startsWith('themes/'))
        expect(await page.locator('main').innerText()).toContain(
          'I will not accept substantial gifts or loans',
        );
      await page.close();
    });
  }
});
