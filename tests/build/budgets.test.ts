// Size budget gate: every built page is of a known page type (tools/lib/page-types.ts), and its HTML, CSS and JS
// (gzip bytes, the page plus every stylesheet and script it loads up front) stay within that type's budget in
// tools/lib/budgets.ts at the build's number of codes, and the files it fetches on load within the type's request
// budget. Budgets sit about 10% above the sizes when they were set: growth should be a decision.
import { describe, expect, it } from 'vitest';
import {
  budgetTypeOf,
  formatTable,
  KINDS,
  overBudget,
  weightLimits,
  type BudgetRow,
} from '../../tools/lib/budget-check';
import { PAGE_BUDGETS } from '../../tools/lib/budgets';
import { DIST, htmlPages, requireBuild } from '../../tools/lib/dist';
import { pageWeigher } from '../../tools/lib/dist-report';
import type { BudgetedPageType } from '../../tools/lib/page-types';

describe('size budgets (dist/)', () => {
  requireBuild();
  const pages = htmlPages();
  // The number of codes the growing budgets are computed for: one code page per code.
  const codes = pages.filter((file) => budgetTypeOf(file) === 'code').length;

  it('gives every built page a known page type', () => {
    const unknown = pages
      .filter((file) => budgetTypeOf(file) === null)
      .map(
        (file) =>
          `${file} is a page of no known type: add its kind to tools/lib/page-types.ts and its budget to tools/lib/budgets.ts`,
      );
    expect(unknown, unknown.join('\n')).toEqual([]);
    expect(codes).toBeGreaterThan(0);
  });

  it('keeps every page type within its HTML, CSS and JS budget at this number of codes', () => {
    const { weigh } = pageWeigher(DIST);
    const rows = new Map<string, BudgetRow>();
    const requestCounts = new Map<BudgetedPageType, { count: number; file: string }>();
    for (const file of pages) {
      const type = budgetTypeOf(file);
      if (!type) continue; // reported by the test above
      const weight = weigh(file);
      if (weight.requests >= (requestCounts.get(type)?.count ?? 0))
        requestCounts.set(type, { count: weight.requests, file });
      const row = rows.get(type) ?? {
        type,
        pages: 0,
        actual: { html: 0, css: 0, js: 0 },
        limit: weightLimits(PAGE_BUDGETS[type], codes),
        heaviest: { html: '', css: '', js: '' },
      };
      row.pages += 1;
      for (const kind of KINDS) {
        if (weight[kind].gzip >= row.actual[kind]) {
          row.actual[kind] = weight[kind].gzip;
          row.heaviest[kind] = file;
        }
      }
      rows.set(type, row);
    }
    const table = [...rows.values()];
    const requests = [...requestCounts.entries()].map(
      ([type, { count, file }]) => `${type}: ${count} (${file})`,
    );
    console.info(`Requests on load, most of each type:\n${requests.join('\n')}`);
    console.info(
      `Size budgets at ${codes} codes, largest page of each type (gzip bytes):\n${formatTable(table)}`,
    );
    const over = overBudget(table);
    expect(
      over,
      `over budget (raise it in tools/lib/budgets.ts only if the growth is wanted, and say why):\n${over.join('\n')}`,
    ).toEqual([]);
    expect(table.length).toBeGreaterThan(10);
    const tooMany = [...requestCounts.entries()]
      .filter(([type, { count }]) => count > PAGE_BUDGETS[type].requests)
      .map(
        ([type, { count, file }]) =>
          `${type}: ${count} requests > budget ${PAGE_BUDGETS[type].requests} (${file})`,
      );
    expect(tooMany, `too many requests on load:\n${tooMany.join('\n')}`).toEqual([]);
  });
});
