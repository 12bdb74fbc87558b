// Action hierarchy (global.css .button, .primary, .danger, :disabled) on the selection page: one primary action,
// "Clear selection" set apart and confirmed, focus kept on the page after it, and Move buttons that do nothing
// looking so (WCAG 2.4.3 focus order after a destructive action; a disabled control must not look enabled).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../tools/lib/browser';
import { openClauseActions } from '../support/clause-actions';
import { useSiteInBrowser } from '../support/site-in-browser';

describe.runIf(browserAvailable())('action hierarchy on the selection page', () => {
  const site = useSiteInBrowser();

  /** A selection of two clauses, then its page. */
  async function selectionPage(): Promise<Page> {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}codes/alaska-psp/`);
    for (const id of ['conflicts-3', 'conduct-1']) {
      const clause = page.locator(`#${id}`);
      await openClauseActions(clause);
      await clause.getByRole('button', { name: 'Add to selection' }).click();
      await expect
        .poll(() => clause.locator('add-to-selection .add-status').textContent())
        .toContain('Added');
    }
    await page.goto(`${site.server.url}selection/`);
    await expect.poll(() => page.locator('.handout .item').count()).toBe(2);
    return page;
  }

  it('has one primary action, and "Clear selection" apart from the others', async () => {
    const page = await selectionPage();
    expect(await page.locator('main .button.primary:visible').count()).toBe(1);
    const clear = page.locator('button[data-action="clear"]');
    expect(await clear.evaluate((button) => button.classList.contains('danger'))).toBe(true);
    // Not in the row of everyday actions.
    const print = page.locator('button[data-action="print"]');
    expect(await clear.evaluate((button) => button.parentElement!.children.length)).toBe(1);
    expect(
      await print.evaluate((button, other) => button.parentElement === other, await clear.elementHandle()),
    ).toBe(false);
    await page.close();
  });

  it('asks before clearing; kept when refused; after clearing focus is on the empty state heading, not the body', async () => {
    const page = await selectionPage();
    // What the buttons do loads on the first press (client/on-intent.ts), so the first question can come after the
    // click returns: each answer is awaited before the next is set up, or one question could get both answers.
    const answer = (accept: boolean) =>
      new Promise<void>((resolve) =>
        page.once('dialog', (dialog) => void (accept ? dialog.accept() : dialog.dismiss()).then(resolve)),
      );
    const refused = answer(false);
    await page.locator('button[data-action="clear"]').click();
    await refused;
    expect(await page.locator('.handout .item').count()).toBe(2);
    const accepted = answer(true);
    await page.locator('button[data-action="clear"]').click();
    await accepted;
    await expect.poll(() => page.locator('.handout .item:visible').count()).toBe(0);
    const focused = await page.evaluate(() => ({
      body: document.activeElement === document.body,
      tag: document.activeElement?.tagName,
      text: document.activeElement?.textContent ?? '',
    }));
    expect(focused.body).toBe(false);
    expect(focused.tag).toBe('H2');
    expect(focused.text).toMatch(/no clauses selected/i);
    await page.close();
  });

  it('draws a disabled Move button unlike an enabled one', async () => {
    const page = await selectionPage();
    // Both clauses are Alaska's: grouped by code they share one list, the first with Up off and Down on.
    await page.getByRole('radio', { name: 'by code' }).check();
    const look = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((button) => {
          const style = getComputedStyle(button);
          return `${style.color} ${style.backgroundColor} ${style.borderStyle} ${style.cursor}`;
        });
    const disabled = await look('.handout .item button[data-action="up"]:disabled');
    const enabled = await look('.handout .item button[data-action="down"]:enabled');
    expect(disabled).not.toBe(enabled);
    expect(disabled).toContain('dashed');
    expect(disabled).toContain('not-allowed');
    await page.close();
  });
});
