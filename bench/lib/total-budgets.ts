// The total-weight budgets of tests/budgets.json ("total" per page type: a page's HTML, CSS and JS before
// interaction, gzip) checked against a dist report, at whatever number of codes the build holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageTypesOf, type BudgetFile } from '../../tests/support/budgets';
import type { DistReport } from '../../tools/lib/dist-report';

const BUDGET_FILE = join(import.meta.dirname, '../../tests/budgets.json');

export function readBudgetFile(file = BUDGET_FILE): BudgetFile {
  return JSON.parse(readFileSync(file, 'utf8')) as BudgetFile;
}

export interface TotalCheck {
  /** Page type of tests/budgets.json. */
  type: string;
  /** The largest page of that type in the report (relative to the build folder). */
  file: string;
  gzip: number;
  limit: number;
  holds: boolean;
}

/**
 * For the largest page of each kind the report weighs: its budgets.json type and whether its total gzip stays
 * under that type's "total". A page that matches no type, or a type without a total, is an error: every page
 * type must carry a total budget.
 */
export function checkTotals(dist: DistReport, budgets: BudgetFile): TotalCheck[] {
  return Object.values(dist.byType).map(({ largest }) => {
    const [type, ...more] = pageTypesOf(largest.file, budgets);
    if (!type || more.length)
      throw new Error(
        `${largest.file} matches ${type ? 'several page types' : 'no page type'} in tests/budgets.json`,
      );
    const limit = budgets.pageTypes[type]!.total;
    if (typeof limit !== 'number')
      throw new Error(`tests/budgets.json: page type "${type}" has no "total" budget`);
    return { type, file: largest.file, gzip: largest.total.gzip, limit, holds: largest.total.gzip < limit };
  });
}
