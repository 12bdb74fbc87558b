import { describe, expect, it } from 'vitest';
import type { DistReport, PageWeight } from '../../tools/lib/dist-report';
import { checkTotals } from '../../bench/lib/total-budgets';
import type { BudgetFile } from '../support/budgets';

const weight = (file: string, gzip: number): PageWeight => {
  const bytes = { raw: gzip * 5, gzip };
  return {
    file,
    html: bytes,
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    fonts: { raw: 0, gzip: 0 },
    total: bytes,
    requests: 1,
  };
};
const report = (pages: Record<string, PageWeight>) =>
  ({
    byType: Object.fromEntries(
      Object.entries(pages).map(([type, largest]) => [
        type,
        { count: 1, largest, medianTotalGzip: largest.total.gzip },
      ]),
    ),
  }) as unknown as DistReport;
const budgets: BudgetFile = {
  pageTypes: {
    home: { match: ['index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1000 },
    builder: { match: ['build/index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1000 },
  },
};

describe('checkTotals', () => {
  it("compares the largest page of each kind with its type's total", () => {
    const checks = checkTotals(
      report({ home: weight('index.html', 999), builder: weight('build/index.html', 1000) }),
      budgets,
    );
    expect(checks).toEqual([
      { type: 'home', file: 'index.html', gzip: 999, limit: 1000, holds: true },
      { type: 'builder', file: 'build/index.html', gzip: 1000, limit: 1000, holds: false },
    ]);
  });

  it('names a page that matches no type, and a type without a total', () => {
    expect(() => checkTotals(report({ about: weight('about/index.html', 1) }), budgets)).toThrow(
      /about\/index.html matches no page type/,
    );
    const noTotal = {
      pageTypes: { home: { ...budgets.pageTypes.home!, total: undefined as unknown as number } },
    };
    expect(() => checkTotals(report({ home: weight('index.html', 1) }), noTotal)).toThrow(
      /"home" has no "total"/,
    );
  });
});
