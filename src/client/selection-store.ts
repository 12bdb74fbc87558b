// The reader's clause selection, kept in this browser only (localStorage); nothing leaves the device.
// Every change is broadcast as a `pec-selection` event so all buttons on the page stay in step, and other
// tabs follow through the `storage` event.
import type { ClauseRef } from '../lib/clause-ref';
import { parseSelection, serializeSelection } from '../lib/selection/refs';
import { storage } from './storage';

const KEY = 'pec-selection';
const SELECTION_EVENT = 'pec-selection';

export function loadSelection(): ClauseRef[] {
  return parseSelection(storage.get(KEY)).refs;
}

export function saveSelection(refs: ClauseRef[]): void {
  storage.set(KEY, refs.length ? serializeSelection(refs) : null);
  document.dispatchEvent(new CustomEvent(SELECTION_EVENT));
}

/** Calls back on changes from this page or another tab. */
export function onSelectionChange(callback: () => void): void {
  document.addEventListener(SELECTION_EVENT, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) callback();
  });
}
