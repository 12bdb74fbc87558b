// Two codes aligned theme by theme, for /compare/<a>/<b>/.
import type { Theme } from '../content/model';
import type { Cell, Crosswalk } from './matrix';

/** Which side of a comparison speaks to a theme. */
export type Side = 'both' | 'only-a' | 'only-b' | 'neither';

export interface AlignedTheme {
  theme: Theme;
  a: Cell;
  b: Cell;
  side: Side;
}

export function alignPair(crosswalk: Crosswalk, codeA: string, codeB: string): AlignedTheme[] {
  if (codeA === codeB) throw new Error(`Cannot compare code "${codeA}" with itself`);
  return crosswalk.themes.map((theme) => {
    const a = crosswalk.cell(theme.id, codeA);
    const b = crosswalk.cell(theme.id, codeB);
    const hasA = a.status !== 'gap';
    const hasB = b.status !== 'gap';
    const side: Side = hasA && hasB ? 'both' : hasA ? 'only-a' : hasB ? 'only-b' : 'neither';
    return { theme, a, b, side };
  });
}

/** Every ordered pair of distinct codes: both /compare/a/b/ and /compare/b/a/ exist. */
export function orderedPairs<T>(items: T[]): [T, T][] {
  return items.flatMap((a) => items.filter((b) => b !== a).map((b): [T, T] => [a, b]));
}
