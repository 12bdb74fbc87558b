// Checking built pages against the byte budgets of budgets.ts: the limit a budget sets at a number of codes, which
// budget a page falls under, what is over, and a table for people.
import { PAGE_BUDGETS, type Limit, type PageBudget } from './budgets';
import type { DistReport } from './dist-report';
import { classifyFile, isBudgetedPageType, type BudgetedPageType } from './page-types';

export type Kind = 'html' | 'css' | 'js';
export const KINDS: Kind[] = ['html', 'css', 'js'];
export type Weights = Record<Kind, number>;

/** The bytes a limit allows in a build of `codes` codes. */
export function limitAt(limit: Limit, codes: number): number {
  if (typeof limit === 'number') return limit;
  return limit.fixed + limit.perCode * Math.min(codes, limit.upTo ?? Infinity);
}

/** A limit as a formula, for messages: `3600 + 110 × min(codes, 12)`. */
export function describeLimit(limit: Limit): string {
  if (typeof limit === 'number') return String(limit);
  const codes = limit.upTo === undefined ? 'codes' : `min(codes, ${limit.upTo})`;
  return `${limit.fixed} + ${limit.perCode} × ${codes}`;
}

/** A page type's html, css and js limits at `codes` codes. */
export function weightLimits(budget: PageBudget, codes: number): Weights {
  return { html: limitAt(budget.html, codes), css: budget.css, js: budget.js };
}

/** The budgeted page type of a built HTML file, or null for a page of no known kind (it needs a type and budget). */
export function budgetTypeOf(file: string): BudgetedPageType | null {
  const type = classifyFile(file);
  return isBudgetedPageType(type) ? type : null;
}

export interface BudgetRow {
  type: BudgetedPageType;
  pages: number;
  /** Largest page of the type, per kind, and the limit at the build's number of codes. */
  actual: Weights;
  limit: Weights;
  heaviest: Record<Kind, string>;
}

/** Over-budget lines, one per page type and kind, naming the heaviest page and the formula. */
export function overBudget(rows: BudgetRow[], budgets = PAGE_BUDGETS): string[] {
  return rows.flatMap((row) =>
    KINDS.filter((kind) => row.actual[kind] > row.limit[kind]).map((kind) => {
      const formula = kind === 'html' ? describeLimit(budgets[row.type].html) : String(row.limit[kind]);
      const shown = formula === String(row.limit[kind]) ? formula : `${formula} = ${row.limit[kind]}`;
      return `${row.type}: ${kind} ${row.actual[kind]} B gzip > budget ${shown} B (${row.heaviest[kind]})`;
    }),
  );
}

export function formatTable(rows: BudgetRow[]): string {
  const header = ['page type', 'pages', ...KINDS.map((kind) => `${kind} (gzip B) actual / budget`)];
  const lines = rows.map((row) => [
    row.type,
    String(row.pages),
    ...KINDS.map(
      (kind) =>
        `${row.actual[kind]} / ${row.limit[kind]} (${row.limit[kind] ? Math.round((100 * row.actual[kind]) / row.limit[kind]) : 0}%)`,
    ),
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((line) => line[i]!.length)));
  return [header, ...lines]
    .map((line) => line.map((cell, i) => cell.padEnd(widths[i]!)).join(' | '))
    .join('\n');
}

export interface TotalCheck {
  type: BudgetedPageType;
  /** The largest page of that type in the report (relative to the build folder). */
  file: string;
  gzip: number;
  limit: number;
  holds: boolean;
}

/**
 * For the largest page of each kind the report weighs: whether its whole first load (html + css + js + fonts,
 * gzip) stays under its type's `total`. A page of no known kind is an error: every page type must carry a budget.
 */
export function checkTotals(dist: DistReport, budgets = PAGE_BUDGETS): TotalCheck[] {
  return Object.values(dist.byType).map(({ largest }) => {
    const type = budgetTypeOf(largest.file);
    if (!type)
      throw new Error(`${largest.file} is a page of no known type: add its kind to tools/lib/page-types.ts`);
    const limit = budgets[type].total;
    return { type, file: largest.file, gzip: largest.total.gzip, limit, holds: largest.total.gzip < limit };
  });
}
