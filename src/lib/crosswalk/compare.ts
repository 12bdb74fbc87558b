// Two codes aligned theme by theme: /compare/<a>/<b>/ at build time, and /compare/ in the browser (on the
// /data/codes/<id>.json files) once there are too many codes for a static page per pair.
import type { Theme } from '../content/model';
import { cellFor, type Cell, type CellOf, type Crosswalk, type ThemedClause } from './matrix';

/** Which side of a comparison speaks to a theme. */
export type Side = 'both' | 'only-a' | 'only-b' | 'neither';

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
    const hasA = a.status !== 'gap';
    const hasB = b.status !== 'gap';
    const side: Side = hasA && hasB ? 'both' : hasA ? 'only-a' : hasB ? 'only-b' : 'neither';
    return { theme, a, b, side };
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
