// The budgets, checked on every run. Sizes in KiB (1 KiB = 1024 bytes), gzip, a page plus everything
// it loads before interaction (dist-report.ts).
import { STATIC_COMPARE_MAX_CODES } from '../../src/lib/constants';
import type { DistReport } from '../../tools/lib/dist-report';
import type { SearchFigures } from './search-hook';
import { checkTotals, readBudgetFile } from './total-budgets';

const KiB = 1024;
export const BUDGETS = {
  /**
   * A code page carries every clause of its code, each with its actions (copy, cite with its citation data, embed,
   * add) behind one button: 24 KiB for the largest synthetic code (about 200 clauses).
   */
  codePageGzip: 24 * KiB,
  /**
   * The heaviest reading page up front is /compare/ on a many-code site: the picker, the filter, the alignment
   * logic and the two- and many-code views, about 7 KiB.
   */
  initialJsGzip: 8 * KiB,
  /** The handout and builder pages render the reader's own selection or draft, so their script is the page. */
  toolJsGzip: 8 * KiB,
  /** A crosswalk page shows at most COLUMNS_PER_PAGE codes, so its weight must not depend on N. */
  crosswalkPageGzip: 24 * KiB,
  /** Theme pages list every code on the theme; full texts are capped (THEME_FULL_TEXT_CODES). */
  themePageGzip: 64 * KiB,
  searchTransfer: 300 * KiB,
} as const;

export interface BudgetCheck {
  name: string;
  limit: string;
  value: string;
  /** null when the figure could not be measured on this build (shown as n/a). */
  holds: boolean | null;
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

export function checkBudgets(
  codes: number,
  dist: DistReport,
  search: SearchFigures,
  budgetFile = readBudgetFile(),
): BudgetCheck[] {
  const largest = (type: keyof DistReport['byType']) => dist.byType[type]?.largest.total.gzip ?? 0;
  const comparePages = dist.byType.compare?.count ?? 0;
  const expectedCompare = codes <= STATIC_COMPARE_MAX_CODES ? codes * (codes - 1) : 0;
  const size = (name: string, value: number, limit: number): BudgetCheck => ({
    name,
    limit: `< ${kib(limit)}`,
    value: kib(value),
    holds: value < limit,
  });
  return [
    size('code page, total gzip (largest)', largest('code'), BUDGETS.codePageGzip),
    size(
      'JavaScript before search, any reading page (gzip)',
      dist.maxInitialJsGzip.gzip,
      BUDGETS.initialJsGzip,
    ),
    size(
      'JavaScript of a tool page, /selection/ or /build/ (gzip)',
      dist.maxToolJsGzip.gzip,
      BUDGETS.toolJsGzip,
    ),
    size('crosswalk page, total gzip (largest)', largest('crosswalk'), BUDGETS.crosswalkPageGzip),
    size('theme page, total gzip (largest)', largest('theme'), BUDGETS.themePageGzip),
    {
      name: 'static compare pair pages',
      limit:
        codes <= STATIC_COMPARE_MAX_CODES
          ? `every ordered pair (${expectedCompare})`
          : `none above ${STATIC_COMPARE_MAX_CODES} codes`,
      value: String(comparePages),
      holds: comparePages === expectedCompare,
    },
    search.transfer
      ? size(
          'search transfer, typical query (median of the fixed list, gzip)',
          search.transfer.medianBytes,
          BUDGETS.searchTransfer,
        )
      : {
          name: 'search transfer per query',
          limit: `< ${kib(BUDGETS.searchTransfer)}`,
          value: 'n/a',
          holds: null,
        },
    // Every page type's whole first load (tests/budgets.json "total").
    ...checkTotals(dist, budgetFile).map(({ type, file, gzip, limit }) =>
      size(`${type}: largest page total gzip (${file})`, gzip, limit),
    ),
  ];
}
