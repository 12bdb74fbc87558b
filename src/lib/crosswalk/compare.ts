// Codes aligned theme by theme, and each row as every compare view shows it: the pair pages /compare/<a>/<b>/ at
// build time, and /compare/ in the browser (on the /data/codes/<id>.json files) for two codes above the static
// pages' limit and for several codes at once. Pure, over the model or the exports, so all of them read the same.
import type { Theme } from '../content/model';
import { cellView, type CellView } from './cell-view';
import { cellFor, type Cell, type CellOf, type CellState, type Crosswalk, type ThemedClause } from './matrix';

/**
 * How the compared codes stand on a theme, for highlighting and the "only differences" filter: `both` when every
 * cell is in the same state and not silent, `neither` when all are silent; for two codes `only-a`/`only-b` when
 * one says more (addresses where the other touches in passing or is silent, or touches where the other is
 * silent), for more codes `mixed` when they are not all in one state. The rows name each code's state.
 */
export type Side = 'both' | 'only-a' | 'only-b' | 'neither' | 'mixed';

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

function sideOfMany(states: CellState[]): Side {
  if (states.length === 2) return sideOf(states[0]!, states[1]!);
  if (states.every((state) => state === states[0])) return states[0] === 'silent' ? 'neither' : 'both';
  return 'mixed';
}

/** A code as the compare rows name it; `reviewed` is false for a draft code, whose gaps read "not reviewed". */
export interface ComparedCode<C extends ThemedClause = ThemedClause> {
  id: string;
  shortTitle: string;
  reviewed: boolean;
  clauses: C[];
}

/** One clause quoted in a compare cell, as ClauseQuote shows it. */
export interface QuoteView {
  codeId: string;
  clauseId: string;
  /** The clause's name, e.g. "Conflicts of Interest 3." */
  name: string;
  /** The clause page's address, base included. */
  href: string;
  /** Its paragraphs, the lead-in first where it has one: quoted apart from its code, a clause keeps its subject. */
  paragraphs: string[];
  /** True when the clause only touches on the theme. */
  touches: boolean;
  /** Its name with its code's, for the "Add to selection" button's accessible name. */
  selectionName: string;
}

export interface RowCell {
  code: { id: string; shortTitle: string };
  view: CellView;
  quotes: QuoteView[];
}

/** One theme of a comparison: everything CompareRow shows, on the server or cloned in the browser. */
export interface CompareRowView {
  theme: { id: string; label: string; href: string };
  side: Side;
  /** The row's mark before its note: ◆ where the codes differ, ○ where all are silent, none where all agree. */
  mark: '' | '◆' | '○';
  /** How the row reads ("Both address it", "Virginia DBHDS: in passing · Alaska PSP: addresses"). */
  note: string;
  cells: RowCell[];
}

/** How one row reads, from each code's name and cell view. */
export function rowNote(cells: { name: string; view: CellView }[]): string {
  const words = cells.map((cell) => cell.view.words);
  if (words.every((word) => word === words[0]) && words[0] !== 'not reviewed') {
    const all = cells.length === 2 ? 'Both' : 'All';
    if (words[0] === 'addresses') return `${all} address it`;
    if (words[0] === 'in passing') return `${all} in passing`;
    return cells.length === 2 ? 'Neither: both silent' : 'None: all silent';
  }
  if (cells.length === 2) return cells.map((cell) => `${cell.name}: ${cell.view.words}`).join(' · ');
  // Grouped by state, so a row of eight codes reads as at most four groups.
  const groups = new Map<string, string[]>();
  for (const cell of cells) groups.set(cell.view.label, [...(groups.get(cell.view.label) ?? []), cell.name]);
  return [...groups].map(([label, names]) => `${label}: ${names.join(', ')}`).join(' · ');
}

/**
 * Every theme's row over the compared codes, in their order. `quote` makes a clause's quote from its own shape
 * (the model's clause on the server, the export's in the browser); hrefs are finished (base included).
 */
export function compareRows<C extends ThemedClause>(
  themes: { id: string; label: string; href: string }[],
  codes: ComparedCode<C>[],
  quote: (code: ComparedCode<C>, clause: C, touches: boolean) => QuoteView,
): CompareRowView[] {
  if (new Set(codes.map((code) => code.id)).size !== codes.length)
    throw new Error(`Cannot compare a code with itself (${codes.map((code) => code.id).join(', ')})`);
  return themes.map((theme) => {
    const cells = codes.map((code) => {
      const cell = cellFor(theme.id, code);
      return {
        code: { id: code.id, shortTitle: code.shortTitle },
        view: cellView(cell.state, code.reviewed),
        quotes: [
          ...cell.direct.map((clause) => quote(code, clause, false)),
          ...cell.touches.map((clause) => quote(code, clause, true)),
        ],
      };
    });
    const side = sideOfMany(cells.map((cell) => cell.view.state));
    return {
      theme,
      side,
      mark: side === 'both' ? '' : side === 'neither' ? '○' : '◆',
      note: rowNote(cells.map((cell) => ({ name: cell.code.shortTitle, view: cell.view }))),
      cells,
    };
  });
}

/** How many rows fall on each side, for the count links. */
export function sideCounts(rows: { side: Side }[]): Record<Side, number> {
  const count = (side: Side) => rows.filter((row) => row.side === side).length;
  return {
    both: count('both'),
    'only-a': count('only-a'),
    'only-b': count('only-b'),
    neither: count('neither'),
    mixed: count('mixed'),
  };
}

/** Rows where the codes differ: what "only differences" shows. */
export function differenceCount(rows: { side: Side }[]): number {
  const counts = sideCounts(rows);
  return counts['only-a'] + counts['only-b'] + counts.mixed;
}

/**
 * The summary over a comparison, in the crosswalk's three states: for each code how many themes it addresses,
 * touches only in passing and is silent on (a draft code: has no clause on, not reviewed), then how many all
 * address.
 */
export function compareSummary(rows: CompareRowView[]): string {
  const codes = rows[0]?.cells.map((cell) => cell.code) ?? [];
  const one = (index: number) => {
    const views = rows.map((row) => row.cells[index]!.view);
    const count = (words: CellView['words']) => views.filter((view) => view.words === words).length;
    const gaps = count('not reviewed')
      ? `has no clause on ${count('not reviewed')} (not reviewed)`
      : `is silent on ${count('silent')}`;
    return `${codes[index]!.shortTitle} addresses ${count('addresses')}, touches ${count('in passing')} only in passing and ${gaps}`;
  };
  const all = rows.filter((row) => row.cells.every((cell) => cell.view.state === 'addresses')).length;
  const pair = codes.length === 2;
  const allAddress = pair ? `Both address ${all}` : `All ${codes.length} address ${all}`;
  const marked = pair ? 'one code says more' : 'the codes differ';
  return `Of ${rows.length} themes, ${codes.map((_, index) => one(index)).join('; ')}. ${allAddress}. Rows where ${marked} are highlighted.`;
}
