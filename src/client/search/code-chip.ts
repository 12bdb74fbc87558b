// One chosen code of the search page's code picker: a checked checkbox (name="code") joined to the search form.
// Shared by what runs before the first search (code-picker-start.ts, the URL's codes) and by the picker itself
// (code-picker.ts, a code the reader chooses).
import { cloneTemplate, find } from '../dom';

/** The chosen code's checkbox, added unless it is there already. */
export function addCodeChip(picker: HTMLElement, label: string): HTMLInputElement {
  const chosen = find(picker, '[data-role="chosen"]');
  const existing = [...chosen.querySelectorAll<HTMLInputElement>('input[name="code"]')].find(
    (input) => input.value === label,
  );
  if (existing) return existing;
  const chip = cloneTemplate(picker, 'chip');
  const box = find<HTMLInputElement>(chip, 'input');
  box.value = label;
  const text = find(chip, '[data-count]');
  text.dataset.value = text.dataset.label = text.textContent = label;
  chosen.append(chip);
  return box;
}
