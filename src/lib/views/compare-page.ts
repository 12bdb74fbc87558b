// /compare/<a>/<b>/ and /compare/: two codes aligned theme by theme, and the list of pairs.
import type { Code, SiteData } from '../content/model';
import {
  alignPair,
  orderedPairs,
  pairSummary,
  rowNote,
  type AlignedTheme,
  type Side,
} from '../crosswalk/compare';
import { hasStaticComparePages, staticComparePairs } from '../crosswalk/compare-pages';
import type { Crosswalk } from '../crosswalk/matrix';

export interface ComparePageView {
  codeA: Code;
  codeB: Code;
  /** Each theme with both codes' cells and the note beside it ("Both address it", "DBHDS: in passing · …"). */
  aligned: (AlignedTheme & { note: string })[];
  /** The summary sentence, in the crosswalk's three states (addresses, in passing, silent). */
  summary: string;
  /** How many themes fall on each side (which code says more), for the filter links (?show=…). */
  sideCounts: Record<Side, number>;
}

/** Every static pair page (none above STATIC_COMPARE_MAX_CODES codes). */
export function compareRoutes(site: SiteData): { a: Code; b: Code }[] {
  return staticComparePairs(site.codes).map(([a, b]) => ({ a, b }));
}

export function comparePageView(crosswalk: Crosswalk, codeA: Code, codeB: Code): ComparePageView {
  const [nameA, nameB] = [codeA.data.shortTitle, codeB.data.shortTitle];
  const aligned = alignPair(crosswalk, codeA.id, codeB.id).map((row) => ({
    ...row,
    note: rowNote(row, nameA, nameB),
  }));
  const count = (side: Side) => aligned.filter((row) => row.side === side).length;
  return {
    codeA,
    codeB,
    aligned,
    summary: pairSummary(aligned, nameA, nameB),
    sideCounts: {
      both: count('both'),
      'only-a': count('only-a'),
      'only-b': count('only-b'),
      neither: count('neither'),
    },
  };
}

export interface CompareIndexView {
  codes: Code[];
  /** Whether every pair has a static page (listed) or /compare/ aligns pairs in the browser. */
  staticPairs: boolean;
  /** Each unordered pair once, in code order; both orders exist as pages. */
  pairs: [Code, Code][];
}

export function compareIndexView(site: SiteData): CompareIndexView {
  const staticPairs = hasStaticComparePages(site.codes.length);
  return {
    codes: site.codes,
    staticPairs,
    pairs: staticPairs ? orderedPairs(site.codes).filter(([a, b]) => a.data.order < b.data.order) : [],
  };
}
