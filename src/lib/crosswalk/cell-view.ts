// How one cell of the crosswalk reads wherever it is shown (the matrix, theme pages, every compare view, in the
// page or drawn in the browser): its symbol and its words. The one definition; nothing else spells them.
import type { CellState } from './matrix';

export interface CellView {
  /** The state it shows. */
  state: CellState;
  /** The symbol before the words. Decorative (aria-hidden): the words carry the meaning, the symbol repeats it. */
  symbol: '●' | '◐' | '○';
  /** How the state reads in running text ("Alaska PSP: in passing"); a draft code's gap reads "not reviewed". */
  words: 'addresses' | 'in passing' | 'silent' | 'not reviewed';
  /** The same words standing alone, capitalised ("Addresses it", "In passing", "Silent", "Not reviewed"). */
  label: 'Addresses it' | 'In passing' | 'Silent' | 'Not reviewed';
}

const VIEWS: Record<CellState, CellView> = {
  addresses: { state: 'addresses', symbol: '●', words: 'addresses', label: 'Addresses it' },
  'in-passing': { state: 'in-passing', symbol: '◐', words: 'in passing', label: 'In passing' },
  silent: { state: 'silent', symbol: '○', words: 'silent', label: 'Silent' },
};
const NOT_REVIEWED: CellView = { state: 'silent', symbol: '○', words: 'not reviewed', label: 'Not reviewed' };

/**
 * How a cell reads. `reviewed` is false for a draft code (lib/crosswalk/review.ts), whose tags are the importer's
 * proposals: its gap is not a finding yet, so it reads "not reviewed", never "silent".
 */
export function cellView(state: CellState, reviewed: boolean): CellView {
  return state === 'silent' && !reviewed ? NOT_REVIEWED : VIEWS[state];
}
