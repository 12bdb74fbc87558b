// The reader's clause selection, kept in this browser only (localStorage); nothing leaves the device.
// Every change is broadcast as a `pec-selection` event so all buttons on the page stay in step, and other
// tabs follow through the `storage` event.
import { parseSelection, serializeSelection, type ClauseRef } from '../lib/selection/refs';

const KEY = 'pec-selection';
export const SELECTION_EVENT = 'pec-selection';

export function loadSelection(): ClauseRef[] {
  try {
    return parseSelection(localStorage.getItem(KEY)).refs;
  } catch {
    return []; // storage off: the selection lasts for this page only
  }
}

export function saveSelection(refs: ClauseRef[]): void {
  try {
    if (refs.length) localStorage.setItem(KEY, serializeSelection(refs));
    else localStorage.removeItem(KEY);
  } catch {
    /* storage off */
  }
  document.dispatchEvent(new CustomEvent(SELECTION_EVENT));
}

/** Calls back on changes from this page or another tab. */
export function onSelectionChange(callback: () => void): void {
  document.addEventListener(SELECTION_EVENT, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) callback();
  });
}
