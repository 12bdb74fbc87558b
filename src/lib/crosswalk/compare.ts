// Two codes aligned theme by theme: /compare/<a>/<b>/ at build time, and /compare/ in the browser (on the
// /data/codes/<id>.json files) once there are too many codes for a static page per pair.
import type { Theme } from '../content/model';
import {
  CELL_STATES,
  cellFor,
  cellStateLabels,
  type Cell,
  type CellOf,
  type CellState,
  type Crosswalk,
  type ThemedClause,
} from './matrix';

/**
 * Which side of a comparison says more on a theme, for highlighting: `both` when the two cells are in the same state
 * and not silent, `neither` when both are silent, `only-a`/`only-b` when one says more (addresses where the other
 * touches in passing or is silent, or touches where the other is silent). The rows name each side's state.
 */
export type Side = 'both' | 'only-a' | 'only-b' | 'neither';

const RANK: Record<CellState, number> = { addresses: 2, 'in-passing': 1, silent: 0 };

function sideOf(a: CellState, b: CellState): Side {
  if (RANK[a] === RANK[b]) return a === 'silent' ? 'neither' : 'both';
  return RANK[a] > RANK[b] ? 'only-a' : 'only-b';
}

export interface AlignedRow<T, C extends ThemedClause> {
  theme: T;
  a: CellOf<C>;
  b: CellOf<C>;
  side: Side;
}

export type AlignedTheme = AlignedRow<Theme, Cell['direct'][number]>;

/** Aligns two codes over a list of themes. Needs only theme ids and the clauses' theme lists, so it runs on the model or on the exports. */
export function alignCodes<T extends { id: string }, C extends ThemedClause>(
  themes: T[],
  codeA: { id: string; clauses: C[] },
  codeB: { id: string; clauses: C[] },
): AlignedRow<T, C>[] {
  if (codeA.id === codeB.id) throw new Error(`Cannot compare code "${codeA.id}" with itself`);
  return themes.map((theme) => {
    const a = cellFor(theme.id, codeA);
    const b = cellFor(theme.id, codeB);
    return { theme, a, b, side: sideOf(a.state, b.state) };
  });
}

export function alignPair(crosswalk: Crosswalk, codeA: string, codeB: string): AlignedTheme[] {
  if (codeA === codeB) throw new Error(`Cannot compare code "${codeA}" with itself`);
  const find = (id: string) => {
    const code = crosswalk.codes.find((candidate) => candidate.id === id);
    if (!code) throw new Error(`No code with id "${id}"`);
    return code;
  };
  return alignCodes(crosswalk.themes, find(codeA), find(codeB));
}

/** Every ordered pair of distinct codes: both /compare/a/b/ and /compare/b/a/ exist. */
export function orderedPairs<T>(items: T[]): [T, T][] {
  return items.flatMap((a) => items.filter((b) => b !== a).map((b): [T, T] => [a, b]));
}

/** How one row reads: "Both address", "Neither", or each code with its state ("Virginia DBHDS: in passing"). */
export function rowNote(
  row: { a: { state: CellState }; b: { state: CellState } },
  nameA: string,
  nameB: string,
): string {
  if (row.a.state === row.b.state) {
    return row.a.state === 'addresses'
      ? 'Both address it'
      : row.a.state === 'in-passing'
        ? 'Both in passing'
        : 'Neither: both silent';
  }
  return `${nameA}: ${cellStateLabels[row.a.state]} · ${nameB}: ${cellStateLabels[row.b.state]}`;
}

/** How many themes each code addresses, touches in passing and is silent on, and how many both address. */
export function pairCounts(rows: { a: { state: CellState }; b: { state: CellState } }[]) {
  const count = (pick: (row: (typeof rows)[number]) => CellState) =>
    Object.fromEntries(
      CELL_STATES.map((state) => [state, rows.filter((row) => pick(row) === state).length]),
    ) as Record<CellState, number>;
  return {
    themes: rows.length,
    a: count((row) => row.a.state),
    b: count((row) => row.b.state),
    bothAddress: rows.filter((row) => row.a.state === 'addresses' && row.b.state === 'addresses').length,
  };
}

/** The summary sentence over a pair, in the crosswalk's three states. */
export function pairSummary(
  rows: { a: { state: CellState }; b: { state: CellState } }[],
  nameA: string,
  nameB: string,
): string {
  const counts = pairCounts(rows);
  const one = (name: string, c: Record<CellState, number>) =>
    `${name} addresses ${c.addresses}, touches ${c['in-passing']} only in passing and is silent on ${c.silent}`;
  return `Of ${counts.themes} themes, ${one(nameA, counts.a)}; ${one(nameB, counts.b)}. Both address ${counts.bothAddress}. Rows where one code says more are highlighted.`;
}
