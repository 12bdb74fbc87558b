// The budget gate's pure parts: limits that grow with the number of codes, which budget a page falls under, what
// a page loads (the one page weigher, over a small build folder), and the over-budget lines.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetTypeOf, describeLimit, limitAt, overBudget, weightLimits } from '../../tools/lib/budget-check';
import { PAGE_BUDGETS } from '../../tools/lib/budgets';
import { pageWeigher } from '../../tools/lib/dist-report';
import { HTML_TYPES } from '../../tools/lib/page-types';

describe('limits', () => {
  it('are a ceiling, or grow by perCode per code up to the most codes the page lists', () => {
    expect(limitAt(1000, 500)).toBe(1000);
    const growing = { fixed: 3000, perCode: 100, upTo: 12 };
    expect(limitAt(growing, 5)).toBe(3500);
    expect(limitAt(growing, 6)).toBe(3600);
    expect(limitAt(growing, 500)).toBe(4200);
    expect(limitAt({ fixed: 3000, perCode: 100 }, 20)).toBe(5000);
    expect(describeLimit(growing)).toBe('3000 + 100 × min(codes, 12)');
    expect(describeLimit({ fixed: 1, perCode: 2 })).toBe('1 + 2 × codes');
  });

  it('give the pages that list codes a budget that grows, so a sixth code of ordinary size fits', () => {
    for (const type of ['home', 'codes-index', 'crosswalk', 'compare', 'compare-index', 'theme'] as const) {
      const html = PAGE_BUDGETS[type].html;
      expect(typeof html, type).toBe('object');
      expect(limitAt(html, 6), type).toBeGreaterThan(limitAt(html, 5));
    }
  });

  it('exist for every kind of HTML page, with a total ceiling of 64 KiB', () => {
    for (const type of HTML_TYPES.filter((candidate) => candidate !== 'other-page')) {
      const budget = PAGE_BUDGETS[type as keyof typeof PAGE_BUDGETS];
      expect(budget, type).toBeDefined();
      expect(budget.total, type).toBe(64 * 1024);
    }
  });
});

describe('page types', () => {
  it('finds the budget of every kind of page, and none for a page of no known kind', () => {
    expect(budgetTypeOf('index.html')).toBe('home');
    expect(budgetTypeOf('codes/iaps/index.html')).toBe('code');
    expect(budgetTypeOf('codes/iaps/guidelines/index.html')).toBe('guidelines');
    expect(budgetTypeOf('codes/page/2/index.html')).toBe('codes-index');
    expect(budgetTypeOf('codes/iaps/voluntary/index.html')).toBe('clause');
    expect(budgetTypeOf('crosswalk/2/index.html')).toBe('crosswalk');
    expect(budgetTypeOf('compare/a/b/index.html')).toBe('compare');
    expect(budgetTypeOf('themes/hope/extra/index.html')).toBeNull();
    expect(budgetTypeOf('data/codes.json')).toBeNull();
  });
});

describe('the page weigher', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weigher-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write(
    'codes/iaps/index.html',
    '<link rel="stylesheet" href="/ethics/_astro/a.css"><link rel="icon" href="/ethics/favicon.svg">' +
      '<script type="module" src="/ethics/_astro/entry.js"></script>' +
      '<link rel="modulepreload" href="/ethics/_astro/pre.js"><script src="https://cdn.example.com/x.js"></script>',
  );
  write('_astro/a.css', 'body{color:red}');
  write('_astro/entry.js', 'import{a}from"./shared.js";const s=import("./search.js");');
  write('_astro/shared.js', 'import"../lib/deep.js";export const a=1;');
  write('_astro/search.js', 'export const search=1;');
  write('_astro/pre.js', '');
  write('lib/deep.js', '');
  write('favicon.svg', '<svg/>');

  it('lists stylesheets, scripts with their static imports (not import()), preloads and same-site icons', () => {
    const loads = pageWeigher(dir, '/ethics/').loadsOf('codes/iaps/index.html');
    expect(loads.css).toEqual(['_astro/a.css']);
    expect(loads.js.sort()).toEqual(['_astro/entry.js', '_astro/pre.js', '_astro/shared.js', 'lib/deep.js']);
    expect(loads.icons).toEqual(['favicon.svg']);
  });

  it('weighs the page and what it loads, and counts its requests', () => {
    const weight = pageWeigher(dir, '/ethics/').weigh('codes/iaps/index.html');
    expect(weight.css.raw).toBe('body{color:red}'.length);
    expect(weight.js.raw).toBe(
      'import{a}from"./shared.js";const s=import("./search.js");'.length +
        'import"../lib/deep.js";export const a=1;'.length,
    );
    expect(weight.requests).toBe(1 + 1 + 4 + 1);
  });
});

describe('over budget', () => {
  it('names each kind over its limit at the number of codes, with the heaviest page and the formula', () => {
    const row = {
      type: 'home' as const,
      pages: 1,
      actual: { html: 999_999, css: 100, js: 0 },
      limit: weightLimits(PAGE_BUDGETS.home, 6),
      heaviest: { html: 'index.html', css: 'index.html', js: 'index.html' },
    };
    const [line, ...more] = overBudget([row]);
    expect(more).toEqual([]);
    expect(line).toMatch(
      /^home: html 999999 B gzip > budget \d+ \+ \d+ × min\(codes, 12\) = \d+ B \(index\.html\)$/,
    );
  });
});
