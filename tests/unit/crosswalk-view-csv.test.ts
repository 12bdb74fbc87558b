// The crosswalk page's CSV of its filtered view: the rows of the site-wide file for the themes and codes shown,
// made in the browser from codes.json with the same row function, so the two cannot drift apart.
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { buildCodesExport } from '../../src/lib/exports/codes-json';
import { buildCrosswalkCsv } from '../../src/lib/exports/crosswalk-csv';
import { crosswalkViewCsv } from '../../src/lib/exports/crosswalk-view-csv';
import { parseCsv } from '../../src/lib/exports/csv';
import { CROSSWALK_CSV_HEADER } from '../../src/schemas/export';
import { REAL_CONTENT, loadContent } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const data = buildCodesExport(site, '/ethics/', new Date(0));
const ORIGIN = 'https://example.org';
const allThemes = data.themes.map((theme) => theme.id);
const allCodes = data.codes.map((code) => code.id);

describe('crosswalk view CSV', () => {
  it('unfiltered, is the site-wide crosswalk.csv row for row', () => {
    const view = crosswalkViewCsv(data, allThemes, allCodes, ORIGIN);
    expect(view.csv).toBe(buildCrosswalkCsv(site, '/ethics/', ORIGIN));
    expect(view.missing).toEqual([]);
  });

  it('keeps only the themes and codes shown, with code names, in the site-wide columns', () => {
    const themes = ['gifts-money', 'dual-relationships'].filter((id) => allThemes.includes(id));
    expect(themes.length).toBeGreaterThan(0);
    const { csv, rows } = crosswalkViewCsv(data, themes, ['dbhds-cprs', 'alaska-psp'], ORIGIN);
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual([...CROSSWALK_CSV_HEADER]);
    expect(records).toHaveLength(rows);
    expect(rows).toBeGreaterThan(0);
    expect(new Set(records.map((row) => row[2]))).toEqual(new Set(['dbhds-cprs', 'alaska-psp']));
    expect(new Set(records.map((row) => row[0]))).toEqual(new Set(themes));
    // Column order follows the page: DBHDS first within each theme.
    expect(records[0]![2]).toBe('dbhds-cprs');
    const titles = new Map(records.map((row) => [row[2], row[10]]));
    expect(titles.get('alaska-psp')).toBe('Code of Ethics for Alaska Peer Support Professionals');
    expect(records.every((row) => row[5]!.startsWith('https://example.org/ethics/codes/'))).toBe(true);
  });

  it('names ids it does not know instead of failing', () => {
    const view = crosswalkViewCsv(data, ['gifts-money', 'no-such-theme'], ['alaska-psp', 'ghost'], ORIGIN);
    expect(view.missing).toEqual(['no-such-theme', 'ghost']);
    expect(view.rows).toBeGreaterThan(0);
  });
});
