// The byte budgets, the one file of them: the size gate (tests/build/budgets.test.ts) checks every built page
// against PAGE_BUDGETS, the 30-code scale build (tests/build/scale.test.ts) and the benchmark (`npm run bench`)
// check the totals and SITE_BUDGETS. All sizes are gzip bytes (zlib's default level, about what static hosts
// use) of a page plus everything it loads before interaction: its stylesheets, its scripts with their static
// imports (tools/lib/dist-report.ts weighs them). Each budget sat about 10% above the size when it was set.
//
// A budget rises only in a commit whose message says why the growth is wanted.
//
// Budgets that survive growth. A page that lists codes grows with each code it lists, so its HTML budget is a
// formula, `fixed + perCode × codes`, where `codes` is the number of codes in the build (counted from its code
// pages) and stops at `upTo`, the most codes the page lists (the constant that caps it in src/). `perCode` is
// what one more code of ordinary size added when it was measured (the five real codes against the same site with
// a sixth, synthetic code of 33 clauses, about 10% added); `fixed` is the rest, set so that the limit at five codes
// is the old fixed budget or up to 50 B above it. So a sixth code of ordinary size
// passes, and a page that grows faster than its codes fails. Pages that show one code (code, clause, embed)
// or none get a plain ceiling: adding a code does not change them. Every page type also has a `total` ceiling
// that holds at any number of codes (64 KiB).
import {
  CODE_LIST_MAX_CODES,
  HOME_CODES,
  STATIC_COMPARE_MAX_CODES,
  THEME_FULL_TEXT_MAX_CODES,
} from '../../src/lib/constants';
import { COLUMNS_PER_PAGE } from '../../src/lib/crosswalk/pages';
import type { BudgetedPageType } from './page-types';

/** A budget that grows with the number of codes the page lists. */
export interface GrowingLimit {
  /** Bytes of the page without any code listed. */
  fixed: number;
  /** Bytes one more listed code of ordinary size may add. */
  perCode: number;
  /** The most codes the page lists (its cap in src/); absent when it lists every code. */
  upTo?: number;
}

/** Gzip bytes: a ceiling, or a limit that grows with the number of codes. */
export type Limit = number | GrowingLimit;

export interface PageBudget {
  /** The HTML file itself. */
  html: Limit;
  /** Every stylesheet the page loads up front. */
  css: number;
  /** Every script the page loads up front, with its static imports (not dynamic import()). */
  js: number;
  /** Files fetched on load, the page included: 1 + stylesheets + scripts + same-site icons; 6 for reading pages. */
  requests: number;
  /** The whole first load of the type's largest page (html + css + js), at any number of codes up to 500. */
  total: number;
}

const TOTAL = 64 * 1024;

export const PAGE_BUDGETS: Record<BudgetedPageType, PageBudget> = {
  /**
   * Cards for the first HOME_CODES codes (the rest are on /codes/): 108 B per code measured. A draft code's card
   * also carries its draft mark: with the synthetic sixth code committed as a draft the page is 4,262 B, over the
   * old 3,600 + 110 × 6 = 4,260 B (5 reviewed codes: 4,075 B), hence fixed 3,700.
   */
  home: {
    html: { fixed: 3700, perCode: 110, upTo: HOME_CODES },
    css: 4350,
    js: 3750,
    requests: 4,
    total: TOTAL,
  },
  /**
   * A card per code, CODE_LIST_MAX_CODES to a page (/codes/page/2/ and on): 73 B per code measured. A draft's card
   * also carries its draft mark: the sixth-code stage's draft card is 146 B, so `fixed` leaves room for one (2800
   * was 1 B short once a search module's new asset hash reached the page).
   */
  'codes-index': {
    html: { fixed: 2850, perCode: 75, upTo: CODE_LIST_MAX_CODES },
    css: 4100,
    js: 3750,
    requests: 4,
    total: TOTAL,
  },
  /** One code's every clause: set by the largest code, not by how many there are. */
  code: { html: 12200, css: 5400, js: 5800, requests: 6, total: TOTAL },
  guidelines: { html: 5100, css: 3800, js: 3750, requests: 4, total: TOTAL },
  /** The about page names every code and its source: 83 B per code measured. */
  about: { html: { fixed: 5000, perCode: 85 }, css: 3650, js: 3750, requests: 4, total: TOTAL },
  '404': { html: 3100, css: 3750, js: 5450, requests: 5, total: TOTAL },
  /** A row per theme with its count of codes: 28 B per code measured. */
  'themes-index': { html: { fixed: 4950, perCode: 30 }, css: 3850, js: 3750, requests: 4, total: TOTAL },
  /**
   * Every code on the theme, quoted in full up to THEME_FULL_TEXT_MAX_CODES codes. A code adds its clauses on the
   * theme. Estimated, not measured: the synthetic sixth code's build has no scenarios, which changes theme pages
   * by more than the code adds. The largest theme page is 5.6 KB with five codes and the smallest 3.5 KB, so a
   * code adds about (5.6 − 3.5) / 5 ≈ 420 B on the largest theme and less on most. 4,600 + 300 a code is the old
   * 6,100 B at five codes and leaves a sixth code of 420 B within it (about 6,070 of 6,400 B). The side column
   * (crosswalk link, the codes that address it while quoted in full, the group's other themes) adds about 350 B:
   * fixed 5,000. CSS 4,300: every page's style sheet gained the phone header's designed height and the registered
   * offset (about 75 B gzip; the largest theme page 4,216 → 4,291 B), which spares a restyle of the whole page on
   * first load.
   */
  theme: {
    html: { fixed: 5000, perCode: 300, upTo: THEME_FULL_TEXT_MAX_CODES },
    css: 4300,
    js: 5100,
    requests: 5,
    total: TOTAL,
  },
  /** A column per code, COLUMNS_PER_PAGE codes to a page: 603 B per code measured. */
  crosswalk: {
    html: { fixed: 4300, perCode: 650, upTo: COLUMNS_PER_PAGE },
    css: 5000,
    js: 5150,
    requests: 5,
    total: TOTAL,
  },
  /** The picker lists every code: 84 B per code measured. */
  'compare-index': {
    html: { fixed: 4700, perCode: 85 },
    css: 4650,
    js: 9500,
    requests: 7,
    total: TOTAL,
  },
  /**
   * Two codes side by side, each clause quoted: the pair of the two largest codes sets it, so the ceiling is a pair
   * of codes each as large as the largest real code (Alaska's, 11.3 KB as a code page; the pair estimated at
   * 14.3 KB from Alaska with each other code), plus the two pickers' option per code, up to
   * STATIC_COMPARE_MAX_CODES (above it there are no static pair pages). Raised from 12,400 B, which the largest
   * pair (Alaska and Virginia, 12,361 B) had already reached and a sixth code of ordinary size paired with Alaska
   * broke (12,958 B).
   */
  compare: {
    html: { fixed: 15400, perCode: 60, upTo: STATIC_COMPARE_MAX_CODES },
    css: 4800,
    js: 6100,
    requests: 6,
    total: TOTAL,
  },
  /** One code against the others, each a link: 35 B per code measured. */
  'compare-code': { html: { fixed: 2750, perCode: 35 }, css: 3800, js: 4750, requests: 6, total: TOTAL },
  /** The code filter names every code: 16 B per code measured. */
  search: { html: { fixed: 4420, perCode: 16 }, css: 4250, js: 5450, requests: 6, total: TOTAL },
  /**
   * The handout's page is a shell; its content is the reader's selection, made in the browser. Its JS budget sits
   * about 5% above its size (6,684 B), not 10%: what its buttons do loads on first intent
   * (src/client/on-intent.ts), and a budget this close keeps it from drifting back into the page. Selection CSS
   * 4,300: the handout's own side column (its controls beside it on a wide screen, about 150 B gzip) and the phone
   * header's designed height (about 75 B): 4,019 → 4,244 B.
   */
  selection: { html: 4450, css: 4300, js: 7050, requests: 8, total: TOTAL },
  /**
   * The builder's element loads on first use (client/entries/builder.ts), so its page is drawn for an empty draft:
   * JS 6,303 → 4,060 B, HTML 8,953 → 9,517 B (the missing-themes sentence, a link per theme, and each theme's
   * state, which the script used to write). JS budget 6,600 → 4,300, HTML 9,250 → 9,900.
   */
  builder: { html: 9900, css: 4250, js: 4300, requests: 6, total: TOTAL },
  'scenarios-index': { html: 3750, css: 3750, js: 3750, requests: 4, total: TOTAL },
  scenario: { html: 5100, css: 3950, js: 5100, requests: 5, total: TOTAL },
  clause: { html: 3850, css: 4450, js: 5100, requests: 6, total: TOTAL },
  /** An embedded clause: markup and a small stylesheet, no script. */
  embed: { html: 1150, css: 500, js: 650, requests: 3, total: TOTAL },
};

const KiB = 1024;

/** The benchmark's headline budgets, checked on every `npm run bench` and in the 30-code scale build. */
export const SITE_BUDGETS = {
  /**
   * A code page carries every clause of its code, each with its actions (copy, cite with its citation data, embed,
   * add) behind one button: 24 KiB for the largest synthetic code (about 200 clauses).
   */
  codePageGzip: 24 * KiB,
  /**
   * The heaviest reading page up front is /compare/ on a many-code site: the picker, the filter, the alignment
   * logic and the two- and many-code views, about 9.2 KiB since the many-code view has the pair view's depth
   * (summary, only-differences filter, jump menu, lead-ins, Add to selection) and the two-tier header's scheme
   * control, and since the header stays reachable on phones (9,022 B); the per-type budget of /compare/
   * (compare-index, 9,500 B) is about the same figure.
   */
  initialJsGzip: 9.25 * KiB,
  /**
   * The handout page renders the reader's own selection, so its script is the page; what its buttons do loads on
   * first intent. 6,684 B at five codes. The builder's element loads on first use (4,060 B up front).
   */
  toolJsGzip: 6.9 * KiB,
  /** A crosswalk page shows at most COLUMNS_PER_PAGE codes, so its weight must not depend on N. */
  crosswalkPageGzip: 24 * KiB,
  /** Theme pages list every code on the theme; full texts are capped (THEME_FULL_TEXT_MAX_CODES). */
  themePageGzip: 64 * KiB,
  /** Search transfer for a typical query: the median of the fixed query list, every pagefind file fetched. */
  searchTransfer: 300 * KiB,
} as const;
