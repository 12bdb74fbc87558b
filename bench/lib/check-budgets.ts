// The budgets (tools/lib/budgets.ts) checked on every run, as rows of the run's table. Sizes in KiB
// (1 KiB = 1024 bytes), gzip, a page plus everything it loads before interaction (tools/lib/dist-report.ts).
import { STATIC_COMPARE_MAX_CODES } from '../../src/lib/constants';
import type { DistReport } from '../../tools/lib/dist-report';
import type { SearchFigures } from './search-hook';
import { checkTotals } from '../../tools/lib/budget-check';
import { SITE_BUDGETS as BUDGETS } from '../../tools/lib/budgets';

const KiB = 1024;

export interface BudgetCheck {
  name: string;
  limit: string;
  value: string;
  /** null when the figure could not be measured on this build (shown as n/a). */
  holds: boolean | null;
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

export function checkBudgets(codes: number, dist: DistReport, search: SearchFigures): BudgetCheck[] {
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
    // Every page type's whole first load (PAGE_BUDGETS "total").
    ...checkTotals(dist).map(({ type, file, gzip, limit }) =>
      size(`${type}: largest page total gzip (${file})`, gzip, limit),
    ),
  ];
}
