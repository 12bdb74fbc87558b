// Whether "/" jumps to the search box (WCAG 2.1.4 Character key shortcuts: a single-key shortcut must be
// possible to turn off). On unless the reader turned it off on /search/; kept in this browser only.
const KEY = 'pec-slash-shortcut';

export function slashShortcutOn(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true; // storage off: the default
  }
}

export function setSlashShortcut(on: boolean): void {
  try {
    if (on) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  } catch {
    /* storage off: lasts for this page only */
  }
}
