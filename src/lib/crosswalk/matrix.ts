// The crosswalk: for every theme and code, the clauses that address it directly or touch on it.
// Pure functions over the checked model; pages, exports and tests all read from here.
import type { Clause, Code, SiteData, Theme } from '../content/model';

/**
 * How a code stands on a theme, as readers (and the exports) name it: a clause addresses it, a clause touches on it
 * only in passing, or no clause does. How a state reads on a page (symbol and words) is cellView's
 * (cell-view.ts).
 */
export type CellState = 'addresses' | 'in-passing' | 'silent';

export const CELL_STATES: readonly CellState[] = ['addresses', 'in-passing', 'silent'];

export interface Cell {
  themeId: string;
  codeId: string;
  /** Clauses that address the theme directly, in code order. */
  direct: Clause[];
  /** Clauses that only touch on it, in code order. */
  touches: Clause[];
  /** How the code stands on the theme. */
  state: CellState;
}

export interface Crosswalk {
  themes: Theme[];
  codes: Code[];
  /** cell(themeId, codeId); every pair exists. */
  cell: (themeId: string, codeId: string) => Cell;
}

/** What a cell needs of a clause: the model's Clause, or a clause of the JSON exports in the browser. */
export interface ThemedClause {
  themes: string[];
  touches: string[];
}

/** A cell over any clause shape; Cell is the one over the model's clauses. */
export interface CellOf<C extends ThemedClause> {
  themeId: string;
  codeId: string;
  direct: C[];
  touches: C[];
  /** How the code stands on the theme. */
  state: CellState;
}

/**
 * How one code stands on one theme: the single definition the matrix, compare pages, the browser's compare view and
 * the CSV exports share.
 */
export function cellFor<C extends ThemedClause>(
  themeId: string,
  code: { id: string; clauses: C[] },
): CellOf<C> {
  const direct = code.clauses.filter((clause) => clause.themes.includes(themeId));
  const touches = code.clauses.filter((clause) => clause.touches.includes(themeId));
  const state: CellState = direct.length ? 'addresses' : touches.length ? 'in-passing' : 'silent';
  return { themeId, codeId: code.id, direct, touches, state };
}

export function buildCrosswalk({ themes, codes }: Pick<SiteData, 'themes' | 'codes'>): Crosswalk {
  const cells = new Map<string, Cell>();
  const key = (themeId: string, codeId: string) => `${themeId}\u0000${codeId}`;
  for (const theme of themes) {
    for (const code of codes) cells.set(key(theme.id, code.id), cellFor(theme.id, code));
  }
  return {
    themes,
    codes,
    cell: (themeId, codeId) => {
      const found = cells.get(key(themeId, codeId));
      if (!found) throw new Error(`No crosswalk cell for theme "${themeId}" and code "${codeId}"`);
      return found;
    },
  };
}

export interface Coverage {
  /** Themes the code addresses directly. */
  direct: number;
  /** Themes it only touches on. */
  touches: number;
  /** Themes it is silent on. */
  gaps: number;
  /** All themes in the taxonomy. */
  total: number;
}

export function codeCoverage(crosswalk: Crosswalk, codeId: string): Coverage {
  const states = crosswalk.themes.map((theme) => crosswalk.cell(theme.id, codeId).state);
  return countStates(states);
}

/** How many codes address a theme, touch on it, or are silent. */
export function themeCoverage(crosswalk: Crosswalk, themeId: string): Coverage {
  const states = crosswalk.codes.map((code) => crosswalk.cell(themeId, code.id).state);
  return countStates(states);
}

function countStates(states: CellState[]): Coverage {
  const count = (state: CellState) => states.filter((candidate) => candidate === state).length;
  return {
    direct: count('addresses'),
    touches: count('in-passing'),
    gaps: count('silent'),
    total: states.length,
  };
}

/** Themes a code says nothing about (neither directly nor in passing), in taxonomy order. */
export function codeGaps(crosswalk: Crosswalk, codeId: string): Theme[] {
  return crosswalk.themes.filter((theme) => crosswalk.cell(theme.id, codeId).state === 'silent');
}

/** Codes silent on a theme, in code order. */
export function silentCodes(crosswalk: Crosswalk, themeId: string): Code[] {
  return crosswalk.codes.filter((code) => crosswalk.cell(themeId, code.id).state === 'silent');
}

/** Heat level 0–3 for the matrix: 0 silent, 1 touches on only, 2 one direct clause, 3 two or more. */
export function heatLevel(cell: Cell): 0 | 1 | 2 | 3 {
  if (cell.state === 'silent') return 0;
  if (cell.state === 'in-passing') return 1;
  return cell.direct.length >= 2 ? 3 : 2;
}
