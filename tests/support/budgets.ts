// The size budget gate's logic, pure: which page type a built page is, which CSS and JS files it makes the
// browser load, and how the weights compare with the budgets in tests/budgets.json.
import { parse } from 'node-html-parser';
import { servedPath } from './link-check';

export interface PageTypeBudget {
  /** Paths of built HTML files relative to dist/; `*` matches within one path segment, `**` any number. */
  match: string[];
  /** Gzip bytes allowed, per page: the HTML itself, its stylesheets, its scripts (with their static imports). */
  html: number;
  css: number;
  js: number;
  /** Files fetched on load, the page included: 1 + stylesheets + scripts with static imports + same-site icons. */
  requests: number;
  /** Gzip bytes allowed for html + css + js together, at any number of codes up to 500 (the bench checks it). */
  total: number;
}

export interface BudgetFile {
  pageTypes: Record<string, PageTypeBudget>;
}

export type Kind = 'html' | 'css' | 'js';
export const KINDS: Kind[] = ['html', 'css', 'js'];
export type Weights = Record<Kind, number>;

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern.startsWith('**/', i)) {
      source += '(?:[^/]+/)*';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (pattern[i] === '*') source += '[^/]*';
    else source += pattern[i]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * The names of the page types whose patterns match a built file: exactly one, or the budget is unclear. The most
 * specific match wins, counted as path segments without a `*`: `codes/iaps/guidelines/index.html` (named
 * exactly) is the guidelines page, and `codes/page/*\/index.html` (a page of the code list) beats the clause
 * pages `codes/*\/*\/index.html`.
 */
export function pageTypesOf(file: string, budgets: BudgetFile): string[] {
  const scored = Object.entries(budgets.pageTypes).map(([name, type]) => ({
    name,
    score: Math.max(
      -1,
      ...type.match.filter((pattern) => globToRegExp(pattern).test(file)).map(literalSegments),
    ),
  }));
  const best = Math.max(...scored.map(({ score }) => score));
  return best < 0 ? [] : scored.filter(({ score }) => score === best).map(({ name }) => name);
}

/** How specific a pattern is: its path segments without a wildcard. */
function literalSegments(pattern: string): number {
  return pattern.split('/').filter((segment) => !segment.includes('*')).length;
}

/** Files (relative to the build folder) of the stylesheets and scripts a page loads up front. */
export function pageAssets(
  html: string,
  file: string,
  base: string,
): { css: string[]; js: string[]; icons: string[] } {
  const root = parse(html);
  const pageUrl = new URL(servedPath(file, base), 'http://site.invalid');
  const toFile = (url: string | undefined) => {
    if (!url) return undefined;
    const resolved = new URL(url, pageUrl);
    if (resolved.origin !== pageUrl.origin || !resolved.pathname.startsWith(base)) return undefined;
    return decodeURIComponent(resolved.pathname.slice(base.length));
  };
  const unique = (files: (string | undefined)[]) => [
    ...new Set(files.filter((f): f is string => Boolean(f))),
  ];
  return {
    css: unique(
      root.querySelectorAll('link[rel~="stylesheet"]').map((link) => toFile(link.getAttribute('href'))),
    ),
    js: unique([
      ...root.querySelectorAll('script[src]').map((script) => toFile(script.getAttribute('src'))),
      ...root.querySelectorAll('link[rel="modulepreload"]').map((link) => toFile(link.getAttribute('href'))),
    ]),
    // data: icons resolve to another origin and drop out: they cost no request.
    icons: unique(
      root.querySelectorAll('link[rel~="icon"]').map((link) => toFile(link.getAttribute('href'))),
    ),
  };
}

/** Relative static imports of a JS module (`import x from "./a.js"`, `import "./b.js"`); not dynamic `import()`. */
export function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g))
    found.push(match[1]!);
  return found;
}

/** A script and every module it statically imports, transitively, as build-relative files. */
export function scriptClosure(entries: string[], read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(read(file))) {
      visit(new URL(specifier, `http://site.invalid/${file}`).pathname.slice(1));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

export interface BudgetRow {
  type: string;
  pages: number;
  /** Largest page of the type, per kind, and the budget. */
  actual: Weights;
  budget: Weights;
  heaviest: Record<Kind, string>;
}

/** Over-budget lines, one per page type and kind. */
export function overBudget(rows: BudgetRow[]): string[] {
  return rows.flatMap((row) =>
    KINDS.filter((kind) => row.actual[kind] > row.budget[kind]).map(
      (kind) =>
        `${row.type}: ${kind} ${row.actual[kind]} B gzip > budget ${row.budget[kind]} B (${row.heaviest[kind]})`,
    ),
  );
}

export function formatTable(rows: BudgetRow[]): string {
  const header = ['page type', 'pages', ...KINDS.map((kind) => `${kind} (gzip B) actual / budget`)];
  const lines = rows.map((row) => [
    row.type,
    String(row.pages),
    ...KINDS.map(
      (kind) =>
        `${row.actual[kind]} / ${row.budget[kind]} (${Math.round((100 * row.actual[kind]) / row.budget[kind])}%)`,
    ),
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((line) => line[i]!.length)));
  return [header, ...lines]
    .map((line) => line.map((cell, i) => cell.padEnd(widths[i]!)).join(' | '))
    .join('\n');
}
