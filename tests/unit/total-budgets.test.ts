import { describe, expect, it } from 'vitest';
import { checkTotals } from '../../tools/lib/budget-check';
import { PAGE_BUDGETS } from '../../tools/lib/budgets';
import type { DistReport, PageWeight } from '../../tools/lib/dist-report';

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
const budgets = {
  ...PAGE_BUDGETS,
  home: { ...PAGE_BUDGETS.home, total: 1000 },
  builder: { ...PAGE_BUDGETS.builder, total: 1000 },
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

  it('names a page of no known type', () => {
    expect(() => checkTotals(report({ 'other-page': weight('themes/a/b/index.html', 1) }), budgets)).toThrow(
      /themes\/a\/b\/index.html is a page of no known type/,
    );
  });
});
