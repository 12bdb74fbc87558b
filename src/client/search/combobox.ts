// The header box and its drop-down as an ARIA combobox with a listbox (WAI-ARIA APG, "list autocomplete"):
// focus stays in the box; ArrowDown/ArrowUp move the active option (aria-activedescendant), ArrowUp from the
// first option returns to the box, Enter opens the active option, Escape clears it and then closes the list.
export interface Combobox {
  /** Call after the options are replaced: nothing is active any more. */
  reset(): void;
}

export function attachCombobox(
  input: HTMLInputElement,
  results: HTMLElement,
  isOpen: () => boolean,
  open: (shown: boolean) => void,
): Combobox {
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  let active = -1;

  const options = () => [...results.querySelectorAll<HTMLElement>('[role="option"]')];
  const listbox = () => results.querySelector<HTMLElement>('[role="listbox"]');
  const setActive = (index: number) => {
    const all = options();
    active = index >= 0 && index < all.length ? index : -1;
    all.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
      option.classList.toggle('active', i === active);
    });
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const reset = () => {
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const list = listbox();
    if (list) input.setAttribute('aria-controls', list.id);
  };
  const go = (option: HTMLElement | undefined) => {
    const href = option?.dataset.href;
    if (href) location.assign(href);
  };

  input.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const count = options().length;
    if (event.key === 'ArrowDown') {
      if (!input.value.trim()) return;
      event.preventDefault();
      if (!isOpen()) open(true);
      if (count > 0) setActive(active + 1 >= count ? 0 : active + 1);
    } else if (event.key === 'ArrowUp') {
      if (!isOpen() || count === 0) return;
      event.preventDefault();
      // Up from the first option goes back to the box (no option active), as the pattern expects.
      setActive(active <= 0 ? -1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0 && isOpen()) {
      event.preventDefault();
      go(options()[active]);
    } else if (event.key === 'Escape') {
      if (active >= 0) {
        event.preventDefault();
        setActive(-1);
      } else if (isOpen()) {
        event.preventDefault();
        open(false);
      }
    }
  });
  // Pressing an option must not move focus out of the box: the panel closes when focus leaves it.
  results.addEventListener('mousedown', (event) => {
    if (event.target instanceof Element && event.target.closest('[role="option"]')) event.preventDefault();
  });
  results.addEventListener('click', (event) => {
    const option =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    if (option) go(option);
  });
  // A pointer over an option makes it the active one, so mouse and keyboard agree on what Enter opens.
  results.addEventListener('pointermove', (event) => {
    const option =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    const index = option ? options().indexOf(option) : -1;
    if (index >= 0 && index !== active) setActive(index);
  });
  return { reset };
}
