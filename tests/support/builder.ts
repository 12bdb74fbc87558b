// The draft builder (/build/) loads a theme's candidate clauses when the reader opens the theme: tests that
// adopt a clause open its theme first, as a reader does.
import type { Locator, Page } from 'playwright-core';

/** Opens the theme's candidate clauses on /build/, waits until they are in the page, and returns its section. */
export async function openBuilderTheme(page: Page, themeId: string): Promise<Locator> {
  const section = page.locator(`#theme-${themeId}`);
  const box = section.locator('details[data-role="candidates"]');
  if (!(await box.evaluate((details) => (details as HTMLDetailsElement).open)))
    await box.locator('summary').click();
  await section.locator('input[type="checkbox"]').first().waitFor();
  return section;
}
