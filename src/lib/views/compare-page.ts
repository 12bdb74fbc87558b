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

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it (here and below). */
export function comparePageView(
  themes: Theme[],
  codeA: Code,
  codeB: Code,
  base: string = import.meta.env.BASE_URL,
): ComparePageView {
  const at = (path: string) => withBase(path, base);
  const rows = compareRows(
    themes.map((theme) => ({ id: theme.id, label: theme.data.label, href: at(paths.theme(theme.id)) })),
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
      compareIndex: at(paths.compareIndex()),
      codeA: at(paths.code(codeA.id)),
      codeB: at(paths.code(codeB.id)),
      swap: at(paths.compare(codeB.id, codeA.id)),
    },
  };
}

export interface CompareIndexView {
  codes: Code[];
  /** Whether every pair has a static page (listed) or /compare/ aligns pairs in the browser. */
  staticPairs: boolean;
  /** Each unordered pair once, in code order, with its page (with base); both orders exist as pages. */
  pairs: { a: Code; b: Code; href: string }[];
}

export function compareIndexView(site: SiteData, base: string = import.meta.env.BASE_URL): CompareIndexView {
  const staticPairs = hasStaticComparePages(site.codes.length);
  return {
    codes: site.codes,
    staticPairs,
    pairs: staticPairs
      ? orderedPairs(site.codes)
          .filter(([a, b]) => a.data.order < b.data.order)
          .map(([a, b]) => ({ a, b, href: withBase(paths.compare(a.id, b.id), base) }))
      : [],
  };
}

/** /compare/<code>/: one code chosen, the other still to pick. */
export interface CompareCodeView {
  code: Code;
  /** The chosen code's page, with base. */
  codeHref: string;
  /** The code the picker starts on as the second: the first of the others, if there is one. */
  secondId: string | undefined;
  /** Whether every pair has a static page, so the page lists this code's pairings. */
  staticPairs: boolean;
  /** While they do: the code paired with each other code, in code order, with the pair's page (with base). */
  pairs: { other: Code; href: string }[];
}

export function compareCodeView(
  site: SiteData,
  code: Code,
  base: string = import.meta.env.BASE_URL,
): CompareCodeView {
  const others = site.codes.filter((candidate) => candidate.id !== code.id);
  const staticPairs = hasStaticComparePages(site.codes.length);
  return {
    code,
    codeHref: withBase(paths.code(code.id), base),
    secondId: others[0]?.id,
    staticPairs,
    pairs: staticPairs
      ? others.map((other) => ({ other, href: withBase(paths.compare(code.id, other.id), base) }))
      : [],
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

export function compareToolsView(site: SiteData, base: string = import.meta.env.BASE_URL): CompareToolsView {
  const at = (path: string) => withBase(path, base);
  return {
    codes: site.codes.map((code) => ({ id: code.id, shortTitle: code.data.shortTitle })),
    pairTemplate: hasStaticComparePages(site.codes.length)
      ? at(paths.compare('{a}', '{b}'))
      : `${at(paths.compareIndex())}?a={a}&b={b}`,
    compareIndex: at(paths.compareIndex()),
    codeUrl: at(paths.codeJson('{id}')),
    themes: site.themes.map((theme) => ({
      id: theme.id,
      label: theme.data.label,
      url: at(paths.theme(theme.id)),
    })),
  };
}
