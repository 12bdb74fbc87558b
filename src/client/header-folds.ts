// The phone header's two fold buttons (menu, search): each opens its panel below the header row and closes
// the other. A fold lies over the page, so it closes whenever focus leaves the header (Tab must never reach a
// control hidden under it, WCAG 2.4.11); Escape anywhere or a click elsewhere closes it too, Escape returning
// focus to its button when focus was inside the header.
export function attachHeaderFolds(root: HTMLElement): void {
  const toggles = [...root.querySelectorAll<HTMLButtonElement>('button[aria-controls][data-opens]')];
  const panelOf = (button: HTMLButtonElement) =>
    document.getElementById(button.getAttribute('aria-controls') ?? '');

  const set = (button: HTMLButtonElement, open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panelOf(button)?.classList.toggle('open', open);
  };
  const openOne = () => toggles.find((button) => button.getAttribute('aria-expanded') === 'true');

  for (const button of toggles) {
    button.addEventListener('click', () => {
      const opening = button.getAttribute('aria-expanded') !== 'true';
      for (const other of toggles) set(other, false);
      set(button, opening);
      if (opening && button.dataset.opens === 'search') panelOf(button)?.querySelector('input')?.focus();
    });
  }
  document.addEventListener('keydown', (event) => {
    const open = openOne();
    if (event.key !== 'Escape' || !open) return;
    const focusInside = root.contains(document.activeElement);
    set(open, false);
    if (focusInside) open.focus();
  });
  root.addEventListener('focusout', (event) => {
    const open = openOne();
    const next = event.relatedTarget as Node | null;
    if (open && next && !root.contains(next)) set(open, false);
  });
  document.addEventListener('click', (event) => {
    const open = openOne();
    if (open && !root.contains(event.target as Node)) set(open, false);
  });
}
