// Opens a clause's actions menu (Copy link, Cite, Add to selection) the way a reader does: its one button.
import type { Locator } from 'playwright-core';

export async function openClauseActions(clause: Locator): Promise<void> {
  const toggle = clause.getByRole('button', { name: /^Actions:/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
