// The search page's code picker (above CODE_LIST_MAX_CODES codes), the part that must run before the first
// search: the codes chosen in the URL become checked checkboxes of the form at once, so the search and the URL
// keep them. The picker itself (code-picker.ts, with the code index) loads when the reader turns to it, or at
// once when the URL names codes, to check them.
import { find } from '../dom';
import { addCodeChip } from './code-chip';

/** Puts the URL's codes in place, and loads the picker on first use of its box (or now, to check the URL's). */
export function prepareCodePicker(picker: HTMLElement, fromUrl: string[]): void {
  for (const label of fromUrl) addCodeChip(picker, label);
  const box = find<HTMLInputElement>(picker, '[data-role="pick"]');
  // Typing in the picker's box is not a search: only a chosen code (its checkbox) changes the results.
  for (const type of ['input', 'change'] as const)
    box.addEventListener(type, (event) => event.stopPropagation());
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./code-picker').then(({ attachCodePicker }) => attachCodePicker(picker));
  };
  if (fromUrl.length > 0) start();
  else for (const type of ['focus', 'input'] as const) box.addEventListener(type, start, { once: true });
}
