// compareRows and its summary (src/lib/crosswalk/compare.ts): the rows every compare view shows, for two codes and
// for several, on the real content and on a draft code.
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import type { Clause, Code } from '../../src/lib/content/model';
import {
  compareRows,
  compareSummary,
  differenceCount,
  rowNote,
  sideCounts,
  type ComparedCode,
} from '../../src/lib/crosswalk/compare';
import { cellFor } from '../../src/lib/crosswalk/matrix';
import { paths, withBase } from '../../src/lib/paths';
import { quoteView } from '../../src/lib/views/clause-quote';
import { REAL_CONTENT, loadContent } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const themes = site.themes.map((theme) => ({
  id: theme.id,
  label: theme.data.label,
  href: `/themes/${theme.id}/`,
}));
const code = (id: string) => site.codes.find((candidate) => candidate.id === id)!;
const compared = (model: Code, reviewed = true): ComparedCode<Clause> => ({
  id: model.id,
  shortTitle: model.data.shortTitle,
  reviewed,
  clauses: model.clauses,
});
const quote = (c: ComparedCode<Clause>, clause: Clause, touches: boolean) =>
  quoteView({ id: c.id, shortTitle: c.shortTitle }, clause, touches);

describe('compare rows for two codes', () => {
  const rows = compareRows(themes, [compared(code('dbhds-cprs')), compared(code('alaska-psp'))], quote);
  const row = (themeId: string) => rows.find((candidate) => candidate.theme.id === themeId)!;

  it('has one row per theme, each cell in the state cellFor gives', () => {
    expect(rows).toHaveLength(site.themes.length);
    for (const r of rows) {
      expect(r.cells.map((cell) => cell.view.state)).toEqual(
        ['dbhds-cprs', 'alaska-psp'].map((id) => cellFor(r.theme.id, code(id)).state),
      );
    }
  });

  it('does not call a theme one code only touches "both codes" (issue 11)', () => {
    expect(row('supervision').note).toBe(
      `${code('dbhds-cprs').data.shortTitle}: in passing · ${code('alaska-psp').data.shortTitle}: addresses`,
    );
    expect(row('supervision').side).toBe('only-b');
    expect(row('supervision').mark).toBe('◆');
    expect(row('gifts-money').note).toBe('Both address it');
    expect(row('gifts-money').mark).toBe('');
  });

  it('quotes each clause with its lead-in, addressing clauses before those in passing', () => {
    const withLeadIn = site.codes.flatMap((c) =>
      c.clauses.filter((clause) => clause.leadIn).map((clause) => ({ c, clause })),
    );
    expect(withLeadIn.length).toBeGreaterThan(0);
    const { c, clause } = withLeadIn[0]!;
    const other = site.codes.find((candidate) => candidate.id !== c.id)!;
    const theme = clause.themes[0] ?? clause.touches[0]!;
    const [cell] = compareRows(
      themes.filter((t) => t.id === theme),
      [compared(c), compared(other)],
      quote,
    )[0]!.cells;
    const quoted = cell!.quotes.find((q) => q.clauseId === clause.id)!;
    expect(quoted.paragraphs[0]!.startsWith(clause.leadIn!)).toBe(true);
    expect(quoted.paragraphs.join('\n\n')).toContain(clause.text.split('\n\n')[0]!);
    expect(quoted.href).toBe(withBase(paths.clause(c.id, clause.id)));
    expect(cell!.quotes.map((q) => q.touches)).toEqual([...cell!.quotes.map((q) => q.touches)].sort());
  });

  it('sums up each code in the three states and counts the differences', () => {
    const counts = sideCounts(rows);
    expect(counts.both + counts['only-a'] + counts['only-b'] + counts.neither).toBe(rows.length);
    expect(counts.mixed).toBe(0);
    expect(differenceCount(rows)).toBe(counts['only-a'] + counts['only-b']);
    const dbhds = rows.map((r) => r.cells[0]!.view.state);
    const n = (state: string) => dbhds.filter((s) => s === state).length;
    expect(compareSummary(rows)).toContain(
      `${code('dbhds-cprs').data.shortTitle} addresses ${n('addresses')}, touches ${n('in-passing')} only in passing and is silent on ${n('silent')}`,
    );
    expect(compareSummary(rows)).toMatch(
      /Both address \d+\. Rows where one code says more are highlighted\.$/,
    );
  });

  it('refuses to compare a code with itself', () => {
    expect(() => compareRows(themes, [compared(code('iaps')), compared(code('iaps'))], quote)).toThrow(
      /itself/,
    );
  });
});

describe('compare rows for several codes', () => {
  const ids = ['dbhds-cprs', 'alaska-psp', 'iaps'];
  const rows = compareRows(
    themes,
    ids.map((id, index) => compared(code(id), index !== 2)),
    quote,
  );

  it('marks rows where the codes are not all in one state as mixed, and the rest as both or neither', () => {
    for (const r of rows) {
      const states = new Set(r.cells.map((cell) => cell.view.state));
      if (states.size > 1) expect(r.side).toBe('mixed');
      else expect(r.side).toBe(states.has('silent') ? 'neither' : 'both');
    }
    expect(differenceCount(rows)).toBe(rows.filter((r) => r.side === 'mixed').length);
    expect(differenceCount(rows)).toBeGreaterThan(0);
  });

  it('never writes "silent" for a draft code: its gaps read "not reviewed", in the cells, notes and summary', () => {
    const draftGaps = rows.filter((r) => r.cells[2]!.view.state === 'silent');
    expect(draftGaps.length).toBeGreaterThan(0);
    for (const r of draftGaps) {
      expect(r.cells[2]!.view.words).toBe('not reviewed');
      expect(r.note).toMatch(/Not reviewed: [^·]*IAPS/);
      expect(r.note).not.toMatch(/Silent: [^·]*IAPS/);
    }
    expect(compareSummary(rows)).toMatch(
      /IAPS addresses \d+, touches \d+ only in passing and has no clause on \d+ \(not reviewed\)/,
    );
    expect(compareSummary(rows)).toMatch(
      /All 3 address \d+\. Rows where the codes differ are highlighted\.$/,
    );
  });

  it("groups a mixed row's note by state", () => {
    const view = (state: 'addresses' | 'silent') =>
      ({ state, symbol: '○', words: state, label: state === 'silent' ? 'Silent' : 'Addresses it' }) as const;
    expect(
      rowNote([
        { name: 'A', view: view('addresses') },
        { name: 'B', view: view('silent') },
        { name: 'C', view: view('addresses') },
      ]),
    ).toBe('Addresses it: A, C · Silent: B');
  });
});
