// The phone header's two fold buttons (menu, search): each opens its panel below the header row and closes
// the other; Escape or a click elsewhere closes it and returns focus to its button.
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
  root.addEventListener('keydown', (event) => {
    const open = openOne();
    if (event.key !== 'Escape' || !open) return;
    set(open, false);
    open.focus();
  });
  document.addEventListener('click', (event) => {
    const open = openOne();
    if (open && !root.contains(event.target as Node)) set(open, false);
  });
}
