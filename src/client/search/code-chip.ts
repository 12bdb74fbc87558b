// One chosen code of the search page's code picker: a checked checkbox (name="code") joined to the search form.
// Shared by what runs before the first search (code-picker-start.ts, the URL's codes) and by the picker itself
// (code-picker.ts, a code the reader chooses).
import { cloneTemplate, find } from '../dom';

const chosenList = (picker: HTMLElement) => find(picker, '[data-role="chosen"]');

/** The checkboxes of the codes chosen so far, in order. */
export function chosenCodeBoxes(picker: HTMLElement): HTMLInputElement[] {
  return [...chosenList(picker).querySelectorAll<HTMLInputElement>('input[name="code"]')];
}

/** The chosen code's checkbox, added unless it is there already. */
export function addCodeChip(picker: HTMLElement, label: string): HTMLInputElement {
  const existing = chosenCodeBoxes(picker).find((input) => input.value === label);
  if (existing) return existing;
  const chip = cloneTemplate(picker, 'chip');
  const box = find<HTMLInputElement>(chip, 'input');
  box.value = label;
  const text = find(chip, '[data-count]');
  text.dataset.value = text.dataset.label = text.textContent = label;
  chosenList(picker).append(chip);
  return box;
}
