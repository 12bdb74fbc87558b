// A reader copies a clause's link and citation, and follows its permalink.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { openClauseActions } from '../support/clause-actions';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('clause actions', () => {
  const site = useSiteInBrowser();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  });

  it("copies the link to the clause's own page, whose preview shows the clause", async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}codes/alaska-psp/`);
    const clause = page.locator('#conflicts-3');
    await openClauseActions(clause);
    await clause.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => clause.getByRole('status').textContent())
      .toBe("Link to the clause's page copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${site.server.url}codes/alaska-psp/conflicts-3/`,
    );
  });

  it('copies a plain-text citation naming code, section, label and URL', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}codes/dbhds-cprs/`);
    await openClauseActions(page.locator('#conduct-4'));
    await page.locator('#conduct-4').getByRole('button', { name: 'Cite' }).click();
    await page.locator('#conduct-4').getByRole('button', { name: 'Plain text' }).click();
    await expect
      .poll(() => page.locator('#conduct-4').getByRole('status').textContent())
      .toBe('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'DBHDS Code of Ethical Conduct for Peer Recovery Specialists. Virginia Department of Behavioral Health and Developmental Services (DBHDS) (our identification). ' +
        `Principle: Conduct ¶ 4. ${site.server.url}codes/dbhds-cprs/conduct-4/`,
    );
  });

  it('lands on the clause from its permalink and highlights it', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}codes/peer-support-team/#item-17`);
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('item-17');
    await expect.poll(() => page.locator('#item-17').isVisible()).toBe(true);
  });
});
