// One function (cellFor) derives how a code stands on a theme; the crosswalk, the compare pages (static and in the
// browser, both through alignCodes and compareRows), crosswalk.csv and coverage.csv must all agree with it on every
// cell. How the compare rows read is tested in compare-rows.test.ts.
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { alignPair, orderedPairs } from '../../src/lib/crosswalk/compare';
import { buildCrosswalk, cellFor, type CellState } from '../../src/lib/crosswalk/matrix';
import { isReviewed } from '../../src/lib/crosswalk/review';
import { buildCoverageCsv } from '../../src/lib/exports/coverage-csv';
import { buildCrosswalkCsv } from '../../src/lib/exports/crosswalk-csv';
import { BOM, parseCsv } from '../../src/lib/exports/csv';
import { REAL_CONTENT, loadContent } from '../support/content';
import { COVERAGE_CSV_COLUMNS, CROSSWALK_CSV_COLUMNS } from '../support/csv-contract';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const crosswalk = buildCrosswalk(site);
const key = (themeId: string, codeId: string) => `${themeId}|${codeId}`;

/** The reference: every cell straight from cellFor. */
const expected = new Map<string, CellState>(
  site.themes.flatMap((theme) =>
    site.codes.map((code) => [key(theme.id, code.id), cellFor(theme.id, code).state] as const),
  ),
);

describe('every view of a cell agrees with cellFor', () => {
  it('has all three states in the real content', () => {
    expect(new Set(expected.values())).toEqual(new Set(['addresses', 'in-passing', 'silent']));
  });

  it('the crosswalk', () => {
    for (const [cell, state] of expected) {
      const [themeId, codeId] = cell.split('|') as [string, string];
      expect(crosswalk.cell(themeId, codeId).state, cell).toBe(state);
    }
  });

  it('every compare pair, on both sides', () => {
    for (const [a, b] of orderedPairs(site.codes.map((code) => code.id))) {
      for (const row of alignPair(crosswalk, a, b)) {
        expect(row.a.state, `${a}/${b} ${row.theme.id}`).toBe(expected.get(key(row.theme.id, a)));
        expect(row.b.state, `${a}/${b} ${row.theme.id}`).toBe(expected.get(key(row.theme.id, b)));
      }
    }
  });

  it('coverage.csv, one row per theme and code', () => {
    const [header, ...rows] = parseCsv(buildCoverageCsv(site));
    expect(header).toEqual(COVERAGE_CSV_COLUMNS);
    expect(rows).toHaveLength(expected.size);
    // A draft code's gap is written "not-reviewed" (a committed draft is in the content while it is reviewed).
    const drafts = new Set(site.codes.filter((code) => !isReviewed(code)).map((code) => code.id));
    const written = new Map(
      [...expected].map(([cell, state]) => [
        cell,
        state === 'silent' && drafts.has(cell.split('|')[1]!) ? 'not-reviewed' : state,
      ]),
    );
    expect(new Map(rows.map((row) => [key(row[0]!, row[2]!), row[4]]))).toEqual(written);
  });

  it('crosswalk.csv: a cell addresses where it has an addresses row, in passing where only in-passing rows, silent where none', () => {
    const [, ...rows] = parseCsv(buildCrosswalkCsv(site, '/'));
    const fromCsv = new Map<string, CellState>();
    for (const row of rows) {
      const cell = key(row[0]!, row[2]!);
      if (row[7] === 'addresses') fromCsv.set(cell, 'addresses');
      else if (row[7] === 'in-passing' && !fromCsv.has(cell)) fromCsv.set(cell, 'in-passing');
    }
    for (const cell of expected.keys()) if (!fromCsv.has(cell)) fromCsv.set(cell, 'silent');
    expect(fromCsv).toEqual(expected);
  });
});

describe('crosswalk.csv format', () => {
  const text = buildCrosswalkCsv(site, '/ethics/', 'https://example.org');
  const [header, ...rows] = parseCsv(text);

  it("starts with a byte-order mark and has the brief's columns, then relation, section, lead_in, code_title and status", () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(header).toEqual(CROSSWALK_CSV_COLUMNS);
    expect(new Set(rows.map((row) => row[7]))).toEqual(new Set(['addresses', 'in-passing']));
  });

  it('has absolute urls when the public origin is known, site paths otherwise', () => {
    expect(rows.every((row) => row[5]!.startsWith('https://example.org/ethics/codes/'))).toBe(true);
    expect(parseCsv(buildCrosswalkCsv(site, '/'))[1]![5]).toMatch(/^\/codes\//);
  });

  it('round-trips every text, "¶" and curly quotes included, with its lead-in and section', () => {
    const byClause = new Map(
      site.codes.flatMap((code) => code.clauses.map((clause) => [`${code.id}/${clause.id}`, clause])),
    );
    for (const row of rows) {
      const clause = byClause.get(`${row[2]}/${row[3]}`)!;
      expect(row[6]).toBe(clause.text);
      expect(row[8]).toBe(clause.section ?? '');
      expect(row[9]).toBe(clause.leadIn ?? '');
    }
    expect(rows.some((row) => row[4]!.includes('¶'))).toBe(true);
    expect(rows.some((row) => /[\u2018\u2019\u201C\u201D]/.test(row[6]!))).toBe(true);
    expect(rows.find((row) => row[2] === 'peer-support-team')![9]).toBe('Peer support team members:');
    // The bytes start with the UTF-8 byte-order mark; a UTF-8 reader drops it and reads the same rows back.
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(new TextDecoder('utf-8').decode(bytes))).toEqual([header, ...rows]);
  });
});
