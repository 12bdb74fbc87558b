// A disclosure button and the panel it shows (aria-expanded + hidden). Escape closes it and returns focus to
// the button; a click outside `root` closes it; opening one closes any other open on the page.
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
  document.addEventListener('click', (event) => {
    if (isOpen() && !root.contains(event.target as Node)) set(false);
  });
}
