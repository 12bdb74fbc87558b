// The budget gate's pure parts: page-type patterns, the assets a page loads, the script import graph.
import { describe, expect, it } from 'vitest';
import {
  globToRegExp,
  overBudget,
  pageAssets,
  pageTypesOf,
  scriptClosure,
  staticImports,
} from '../support/budgets';

describe('page types', () => {
  const budgets = {
    pageTypes: {
      code: { match: ['codes/*/index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1 },
      compare: { match: ['compare/**/index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1 },
      home: { match: ['index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1 },
    },
  };

  it('matches * within one path segment and ** across segments', () => {
    expect(globToRegExp('codes/*/index.html').test('codes/iaps/index.html')).toBe(true);
    expect(globToRegExp('codes/*/index.html').test('codes/iaps/guidelines/index.html')).toBe(false);
    expect(globToRegExp('compare/**/index.html').test('compare/a/b/index.html')).toBe(true);
    expect(globToRegExp('compare/**/index.html').test('compare/index.html')).toBe(true);
    expect(globToRegExp('index.html').test('indexXhtml')).toBe(false);
  });

  it('finds no type for a new kind of page, so the gate can demand a budget', () => {
    expect(pageTypesOf('codes/iaps/index.html', budgets)).toEqual(['code']);
    expect(pageTypesOf('themes/hope/index.html', budgets)).toEqual([]);
    const nested = {
      pageTypes: {
        page: { match: ['a/*/*/index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1 },
        named: { match: ['a/b/c/index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1 },
      },
    };
    expect(pageTypesOf('a/b/c/index.html', nested)).toEqual(['named']);
    expect(pageTypesOf('a/b/d/index.html', nested)).toEqual(['page']);
  });

  it('lets the more specific pattern win, and reports equally specific matches as unclear', () => {
    const list = {
      pageTypes: {
        clause: { match: ['codes/*/*/index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1 },
        list: { match: ['codes/page/*/index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1 },
        other: { match: ['codes/*/2/index.html'], html: 1, css: 1, js: 1, requests: 1, total: 1 },
      },
    };
    expect(pageTypesOf('codes/page/3/index.html', list)).toEqual(['list']);
    expect(pageTypesOf('codes/iaps/voluntary/index.html', list)).toEqual(['clause']);
    expect(pageTypesOf('codes/page/2/index.html', list)).toEqual(['list', 'other']);
  });
});

describe('page assets', () => {
  it('lists stylesheets and scripts below the base, resolved from the page', () => {
    const html =
      '<link rel="stylesheet" href="/ethics/_astro/a.css"><link rel="icon" href="/ethics/favicon.svg">' +
      '<script src="../../theme-init.js"></script><script type="module" src="/ethics/_astro/b.js"></script>' +
      '<link rel="modulepreload" href="/ethics/_astro/c.js"><script src="https://cdn.example.com/x.js"></script>';
    expect(pageAssets(html, 'codes/iaps/index.html', '/ethics/')).toEqual({
      css: ['_astro/a.css'],
      js: ['theme-init.js', '_astro/b.js', '_astro/c.js'],
      icons: ['favicon.svg'],
    });
  });

  it('counts no icon request for an icon inlined as a data: URI', () => {
    const html = `<link rel="icon" href="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"><link rel="stylesheet" href="/a.css">`;
    expect(pageAssets(html, 'index.html', '/')).toEqual({ css: ['a.css'], js: [], icons: [] });
  });

  it('follows static imports but not dynamic import()', () => {
    expect(
      staticImports('import{a as b}from"./shared.X1.js";import"./side.js";const s=import("./search.js")'),
    ).toEqual(['./shared.X1.js', './side.js']);
    const files: Record<string, string> = {
      '_astro/entry.js': 'import{a}from"./shared.js";',
      '_astro/shared.js': 'import"../lib/deep.js";',
      'lib/deep.js': '',
    };
    expect(scriptClosure(['_astro/entry.js'], (file) => files[file]!)).toEqual([
      '_astro/entry.js',
      '_astro/shared.js',
      'lib/deep.js',
    ]);
  });

  it('reports each kind over budget with the heaviest page', () => {
    const row = {
      type: 'code',
      pages: 2,
      actual: { html: 900, css: 100, js: 51 },
      budget: { html: 1000, css: 100, js: 50 },
      heaviest: { html: 'a', css: 'b', js: 'codes/x/index.html' },
    };
    expect(overBudget([row])).toEqual(['code: js 51 B gzip > budget 50 B (codes/x/index.html)']);
  });
});
