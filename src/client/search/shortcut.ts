// "/" focuses the search box, as on many documentation sites, unless the reader is typing somewhere or has
// turned the shortcut off on /search/ (shortcut-setting.ts; WCAG 2.1.4).
import { slashShortcutOn } from './shortcut-setting';

export function focusSearchOnSlash(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (!slashShortcutOn()) return;
    const target = event.target;
    if (
      target instanceof HTMLElement &&
      (target.isContentEditable || target.closest('input, textarea, select'))
    )
      return;
    // The /search/ page's own box comes first; elsewhere the header's.
    const input =
      document.querySelector<HTMLInputElement>('[data-search-primary]') ??
      document.querySelector<HTMLInputElement>('[data-search-input]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
