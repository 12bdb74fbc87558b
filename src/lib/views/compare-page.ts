// /compare/<a>/<b>/ and /compare/: two codes aligned theme by theme, and the list of pairs.
import type { Clause, Code, SiteData, Theme } from '../content/model';
import { quoteView } from './clause-quote';
import {
  compareRows,
  compareSummary,
  differenceCount,
  orderedPairs,
  sideCounts,
  type CompareRowView,
  type ComparedCode,
  type Side,
} from '../crosswalk/compare';
import { hasStaticComparePages } from '../crosswalk/compare-pages';
import { isReviewed } from '../crosswalk/review';
import { paths, withBase } from '../paths';

export interface ComparePageView {
  codeA: Code;
  codeB: Code;
  /** Each theme's row, as CompareRow shows it. */
  rows: CompareRowView[];
  /** The summary sentence, in the crosswalk's three states (addresses, in passing, silent). */
  summary: string;
  /** How many themes fall on each side (which code says more), for the filter links (?show=…). */
  sideCounts: Record<Side, number>;
  /** How many themes "only differences" shows. */
  differences: number;
  /** Finished hrefs: the compare index, each code's page, and the pair the other way round. */
  hrefs: { compareIndex: string; codeA: string; codeB: string; swap: string };
}

/** A model code as the compare rows take it. */
function compared(code: Code): ComparedCode<Clause> {
  return { id: code.id, shortTitle: code.data.shortTitle, reviewed: isReviewed(code), clauses: code.clauses };
}

export function comparePageView(themes: Theme[], codeA: Code, codeB: Code): ComparePageView {
  const rows = compareRows(
    themes.map((theme) => ({ id: theme.id, label: theme.data.label, href: withBase(paths.theme(theme.id)) })),
    [compared(codeA), compared(codeB)],
    quoteView,
  );
  return {
    codeA,
    codeB,
    rows,
    summary: compareSummary(rows),
    sideCounts: sideCounts(rows),
    differences: differenceCount(rows),
    hrefs: {
      compareIndex: withBase(paths.compareIndex()),
      codeA: withBase(paths.code(codeA.id)),
      codeB: withBase(paths.code(codeB.id)),
      swap: withBase(paths.compare(codeB.id, codeA.id)),
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

/** What the compare picker, the several-codes form and the browser's comparison show: finished hrefs. */
export interface CompareToolsView {
  /** Every code, in order: id and short title. */
  codes: { id: string; shortTitle: string }[];
  /** Where the picker sends a pair: the pair page, or /compare/?a=…&b=… above the static pages' limit. */
  pairTemplate: string;
  /** The compare index, where several codes (and pairs above the limit) are drawn. */
  compareIndex: string;
  /** Each code's file, `{id}` standing for the code. */
  codeUrl: string;
  /** Every theme, in order, with its page. */
  themes: { id: string; label: string; url: string }[];
}

export function compareToolsView(site: SiteData): CompareToolsView {
  return {
    codes: site.codes.map((code) => ({ id: code.id, shortTitle: code.data.shortTitle })),
    pairTemplate: hasStaticComparePages(site.codes.length)
      ? withBase(paths.compare('{a}', '{b}'))
      : `${withBase(paths.compareIndex())}?a={a}&b={b}`,
    compareIndex: withBase(paths.compareIndex()),
    codeUrl: withBase(paths.codeJson('{id}')),
    themes: site.themes.map((theme) => ({
      id: theme.id,
      label: theme.data.label,
      url: withBase(paths.theme(theme.id)),
    })),
  };
}
