// Size budget gate: every built page belongs to exactly one page type of tests/budgets.json, and its HTML, CSS
// and JS (gzip bytes, the page plus every stylesheet and script it loads up front) stay within that type's
// budget, and the files it fetches on load within the type's request budget. Budgets sit about 10% above the
// sizes when they were set: growth should be a decision.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  formatTable,
  KINDS,
  overBudget,
  pageAssets,
  pageTypesOf,
  scriptClosure,
  type BudgetFile,
  type BudgetRow,
  type Weights,
} from '../support/budgets';
import { DIST, ROOT, htmlPages, requireBuild } from '../../tools/lib/dist';

const budgets = JSON.parse(readFileSync(join(ROOT, 'tests/budgets.json'), 'utf8')) as BudgetFile;
// zlib's default level, about what static hosts use when they compress on the fly.
const gzipBytes = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
const sum = (files: string[]) => files.reduce((total, file) => total + gzipBytes(file), 0);

describe('size budgets (dist/)', () => {
  requireBuild();
  const pages = htmlPages();

  it('gives every built page exactly one page type', () => {
    const unclear = pages
      .map((file) => ({ file, types: pageTypesOf(file, budgets) }))
      .filter(({ types }) => types.length !== 1)
      .map(({ file, types }) =>
        types.length === 0
          ? `${file} matches no page type: add it to a type's "match" in tests/budgets.json, or add a type with a budget`
          : `${file} matches several page types (${types.join(', ')}): make the patterns disjoint`,
      );
    expect(unclear, unclear.join('\n')).toEqual([]);
  });

  it('keeps every page type within its HTML, CSS and JS budget', () => {
    const rows = new Map<string, BudgetRow>();
    const requestCounts = new Map<string, { count: number; file: string }>();
    for (const file of pages) {
      const [type] = pageTypesOf(file, budgets);
      if (!type) continue; // reported by the test above
      const html = readFileSync(join(DIST, file), 'utf8');
      const assets = pageAssets(html, file, '/');
      const weights: Weights = {
        html: gzipBytes(file),
        css: sum(assets.css),
        js: sum(scriptClosure(assets.js, (script) => readFileSync(join(DIST, script), 'utf8'))),
      };
      const closure = scriptClosure(assets.js, (script) => readFileSync(join(DIST, script), 'utf8'));
      const count = 1 + new Set([...assets.css, ...closure, ...assets.icons]).size;
      if (count >= (requestCounts.get(type)?.count ?? 0)) requestCounts.set(type, { count, file });
      const { match: _match, requests: _requests, ...budget } = budgets.pageTypes[type]!;
      const row = rows.get(type) ?? {
        type,
        pages: 0,
        actual: { html: 0, css: 0, js: 0 },
        budget,
        heaviest: { html: '', css: '', js: '' },
      };
      row.pages += 1;
      for (const kind of KINDS) {
        if (weights[kind] >= row.actual[kind]) {
          row.actual[kind] = weights[kind];
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
    console.info(`Size budgets, largest page of each type (gzip bytes):\n${formatTable(table)}`);
    const over = overBudget(table);
    expect(
      over,
      `over budget (raise it in tests/budgets.json only if the growth is wanted):\n${over.join('\n')}`,
    ).toEqual([]);
    expect(table.length).toBeGreaterThan(0);
    const tooMany = [...requestCounts.entries()]
      .filter(([type, { count }]) => count > budgets.pageTypes[type]!.requests)
      .map(
        ([type, { count, file }]) =>
          `${type}: ${count} requests > budget ${budgets.pageTypes[type]!.requests} (${file})`,
      );
    expect(tooMany, `too many requests on load:\n${tooMany.join('\n')}`).toEqual([]);
  });
});
