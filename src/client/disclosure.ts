// A disclosure button and the panel it shows (aria-expanded + hidden). Escape closes it and returns focus to
// the button; a click outside `root`, or focus moving out of it, closes it (an open panel lies over the next
// clause, and Tab must not reach controls hidden under it: WCAG 2.4.11); opening one closes any other open.
const OPEN_EVENT = 'pec-disclosure-open';

export function attachDisclosure(root: HTMLElement, button: HTMLButtonElement, panel: HTMLElement): void {
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  button.addEventListener('click', () => {
    const opening = !isOpen();
    if (opening) document.dispatchEvent(new CustomEvent(OPEN_EVENT, { detail: root }));
    set(opening);
  });
  document.addEventListener(OPEN_EVENT, (event) => {
    if ((event as CustomEvent).detail !== root && isOpen()) set(false);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    set(false);
    button.focus();
  });
  root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (isOpen() && next && !root.contains(next)) set(false);
  });
  document.addEventListener('click', (event) => {
    if (isOpen() && !root.contains(event.target as Node)) set(false);
  });
}
