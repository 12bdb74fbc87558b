import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { alignPair, orderedPairs } from '../../src/lib/crosswalk/compare';
import {
  buildCrosswalk,
  codeCoverage,
  codeGaps,
  heatLevel,
  silentCodes,
  themeCoverage,
} from '../../src/lib/crosswalk/matrix';
import { shortClauseName } from '../../src/lib/crosswalk/names';
import { FIXTURES, REAL_CONTENT, loadContent } from '../support/content';

// Fixture: iaps has voluntary (consent) and hopeful (hope, touches consent); team has conduct-1 (hope) and
// conduct-2 (consent, hope).
const fixture = buildCrosswalk(assembleSiteData(loadContent(join(FIXTURES, 'good'))));

describe('crosswalk cells', () => {
  it('separates direct clauses from those that only touch on a theme', () => {
    const cell = fixture.cell('consent', 'iaps');
    expect(cell.direct.map((clause) => clause.id)).toEqual(['voluntary']);
    expect(cell.touches.map((clause) => clause.id)).toEqual(['hopeful']);
    expect(cell.state).toBe('addresses');
  });

  it('rates heat by strength and count', () => {
    expect(heatLevel(fixture.cell('hope', 'team'))).toBe(3);
    expect(heatLevel(fixture.cell('consent', 'team'))).toBe(2);
  });

  it('throws for an unknown cell rather than inventing a gap', () => {
    expect(() => fixture.cell('nope', 'iaps')).toThrow(/No crosswalk cell/);
  });
});

describe('coverage and gaps on the real content', () => {
  const crosswalk = buildCrosswalk(assembleSiteData(loadContent(REAL_CONTENT)));

  it('counts each code against the whole taxonomy', () => {
    for (const code of crosswalk.codes) {
      const coverage = codeCoverage(crosswalk, code.id);
      expect(coverage.direct + coverage.touches + coverage.gaps).toBe(crosswalk.themes.length);
      expect(codeGaps(crosswalk, code.id)).toHaveLength(coverage.gaps);
    }
  });

  // Facts of the five codes that a sixth code cannot make false: which of them address or are silent on a theme.
  it('shows a gap as a finding: Alaska addresses records, the other four codes are silent on it', () => {
    const silent = silentCodes(crosswalk, 'records').map((code) => code.id);
    expect(silent).toEqual(
      expect.arrayContaining(['iaps', 'magellan-dbsa', 'dbhds-cprs', 'peer-support-team']),
    );
    expect(silent).not.toContain('alaska-psp');
    expect(crosswalk.cell('records', 'alaska-psp').state).toBe('addresses');
    const coverage = themeCoverage(crosswalk, 'records');
    expect(coverage.direct).toBeGreaterThanOrEqual(1);
    expect(coverage.gaps).toBe(silent.length);
    expect(coverage.direct + coverage.touches + coverage.gaps).toBe(coverage.total);
    expect(coverage.total).toBe(crosswalk.codes.length);
  });

  it('answers "which codes say nothing about supervision?"', () => {
    const silent = silentCodes(crosswalk, 'supervision').map((code) => code.id);
    expect(silent).toEqual(expect.arrayContaining(['iaps', 'magellan-dbsa']));
    for (const id of ['dbhds-cprs', 'peer-support-team', 'alaska-psp']) expect(silent).not.toContain(id);
    expect(crosswalk.cell('supervision', 'dbhds-cprs').state).toBe('in-passing');
  });

  it('finds the gifts clauses of DBHDS and Alaska', () => {
    expect(crosswalk.cell('gifts-money', 'dbhds-cprs').direct.map((clause) => clause.id)).toEqual([
      'conduct-3',
      'conduct-4',
    ]);
    expect(crosswalk.cell('gifts-money', 'alaska-psp').direct.map((clause) => clause.id)).toEqual([
      'conflicts-3',
      'conflicts-note',
    ]);
  });

  it('addresses every theme in at least one code', () => {
    const unaddressed = crosswalk.themes.filter(
      (theme) => themeCoverage(crosswalk, theme.id).gaps === crosswalk.codes.length,
    );
    expect(unaddressed.map((theme) => theme.id)).toEqual([]);
  });
});

describe('pair alignment', () => {
  it('marks what only one code covers', () => {
    const aligned = alignPair(fixture, 'iaps', 'team');
    expect(aligned.map(({ theme, side }) => [theme.id, side])).toEqual([
      ['consent', 'both'],
      ['hope', 'both'],
    ]);
    const crosswalk = buildCrosswalk(assembleSiteData(loadContent(REAL_CONTENT)));
    const sides = new Map(
      alignPair(crosswalk, 'magellan-dbsa', 'alaska-psp').map(({ theme, side }) => [theme.id, side]),
    );
    expect(sides.get('records')).toBe('only-b');
    // Alaska touches working with colleagues in passing (Purpose ¶ 5); Magellan is silent: Alaska says more.
    expect(sides.get('team-outreach')).toBe('only-b');
    expect(sides.get('advocacy')).toBe('only-b');
    expect(sides.get('hope-recovery')).toBe('only-b');
    expect(sides.get('dual-relationships')).toBe('both');
  });

  it('refuses to compare a code with itself', () => {
    expect(() => alignPair(fixture, 'iaps', 'iaps')).toThrow();
  });

  it('lists every ordered pair once', () => {
    expect(orderedPairs(['a', 'b', 'c'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'b'],
    ]);
  });
});

describe('short clause names', () => {
  it('shortens long sections to their first word and drops the label full stop', () => {
    expect(shortClauseName({ section: 'Conflicts of Interest', label: '3.' })).toBe('Conflicts 3');
    expect(shortClauseName({ section: 'Principle: Personal Development', label: '¶ 1' })).toBe(
      'Personal Development ¶ 1',
    );
    expect(shortClauseName({ section: null, label: '12.' })).toBe('12');
  });
});
