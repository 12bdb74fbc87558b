// /compare/<a>/<b>/ and /compare/: two codes aligned theme by theme, and the list of pairs.
import type { Code, SiteData } from '../content/model';
import { alignPair, orderedPairs, type AlignedTheme, type Side } from '../crosswalk/compare';
import { hasStaticComparePages, staticComparePairs } from '../crosswalk/compare-pages';
import type { Crosswalk } from '../crosswalk/matrix';

export interface ComparePageView {
  codeA: Code;
  codeB: Code;
  aligned: AlignedTheme[];
  /** How many themes fall on each side. */
  counts: Record<Side, number>;
  /** The note beside each theme: "Both codes", "Only Alaska PSP"… */
  sideNote: Record<Side, string>;
}

/** Every static pair page (none above STATIC_COMPARE_MAX_CODES codes). */
export function compareRoutes(site: SiteData): { a: Code; b: Code }[] {
  return staticComparePairs(site.codes).map(([a, b]) => ({ a, b }));
}

export function comparePageView(crosswalk: Crosswalk, codeA: Code, codeB: Code): ComparePageView {
  const aligned = alignPair(crosswalk, codeA.id, codeB.id);
  const count = (side: Side) => aligned.filter((row) => row.side === side).length;
  return {
    codeA,
    codeB,
    aligned,
    counts: { both: count('both'), 'only-a': count('only-a'), 'only-b': count('only-b'), neither: count('neither') },
    sideNote: { both: 'Both codes', 'only-a': `Only ${codeA.data.shortTitle}`, 'only-b': `Only ${codeB.data.shortTitle}`, neither: 'Neither code' },
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
