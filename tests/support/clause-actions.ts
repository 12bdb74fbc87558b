// Opens a clause's actions menu (Copy link, Cite, Add to selection) the way a reader does: its one button.
import type { Locator } from 'playwright-core';

export async function openClauseActions(clause: Locator): Promise<void> {
  const toggle = clause.getByRole('button', { name: /^Actions:/ });
  // A clause's own page shows its actions in place, with no button to open them.
  if ((await toggle.count()) === 0) return;
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
