import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { buildCodesExport, buildDate } from '../../src/lib/exports/codes-json';
import { buildCrosswalkCsv } from '../../src/lib/exports/crosswalk-csv';
import { buildThemeFile } from '../../src/lib/exports/theme-file';
import { csvField, parseCsv, toCsv } from '../../src/lib/exports/csv';
import { codesExportSchema, themeFileSchema } from '../../src/schemas/export';
import { FIXTURES, loadContent } from '../support/content';
import { CROSSWALK_CSV_COLUMNS } from '../support/csv-contract';

const site = assembleSiteData(loadContent(join(FIXTURES, 'good')));

describe('CSV quoting (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('round-trips through the parser, with CRLF between records', () => {
    const rows = [
      ['a, b', 'say "no"'],
      ['two\nlines', ''],
    ];
    const text = toCsv(['x', 'y'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['x', 'y'], ...rows]);
  });
});

describe('codes.json', () => {
  const data = buildCodesExport(site, '/ethics/', new Date('2026-01-02T03:04:05Z'));

  it('matches the published schema', () => {
    expect(codesExportSchema.safeParse(data).success).toBe(true);
  });

  it('puts the base path in every url and the clause id in its fragment', () => {
    const team = data.codes.find((code) => code.id === 'team')!;
    expect(team.url).toBe('/ethics/codes/team/');
    expect(team.clauses[1]).toEqual({
      id: 'conduct-2',
      label: '2.',
      name: 'Conduct 2.',
      section: 'Conduct',
      text: 'Second item.',
      themes: ['consent', 'hope'],
      touches: [],
      url: '/ethics/codes/team/#conduct-2',
    });
  });

  it('honours SOURCE_DATE_EPOCH', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '0' }).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('/data/themes/<id>.json', () => {
  const theme = (id: string) => site.themes.find((candidate) => candidate.id === id)!;

  it('matches the published schema for every theme', () => {
    for (const each of site.themes) {
      const result = themeFileSchema.safeParse(buildThemeFile(each, site.codes, '/'));
      expect(result.success, `${each.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it('holds every clause on the theme, code by code, with its names, paragraphs and base-path URLs', () => {
    const file = buildThemeFile(theme('hope'), site.codes, '/ethics/');
    expect(file.id).toBe('hope');
    expect(file.url).toBe('/ethics/themes/hope/');
    expect(file.clauses.map(({ ref }) => ref)).toEqual(['iaps:hopeful', 'team:conduct-1', 'team:conduct-2']);
    const team = site.codes.find((code) => code.id === 'team')!;
    expect(file.clauses[2]).toEqual({
      ref: 'team:conduct-2',
      codeId: 'team',
      codeTitle: team.data.title,
      codeShortTitle: team.data.shortTitle,
      issuer: team.data.issuer,
      codeUrl: '/ethics/codes/team/',
      clauseId: 'conduct-2',
      clause: 'Conduct 2.',
      name: `${team.data.shortTitle}, Conduct 2.`,
      themes: ['consent', 'hope'],
      paragraphs: ['Second item.'],
      url: '/ethics/codes/team/#conduct-2',
    });
  });

  it("puts a clause's lead-in before its text, and splits paragraphs", () => {
    const base = site.codes[0]!;
    const clause = {
      ...base.clauses[0]!,
      themes: ['hope'],
      leadIn: 'Peer supporters:',
      text: 'Keep hope.\n\nSay so.',
    };
    const file = buildThemeFile(theme('hope'), [{ ...base, clauses: [clause] }], '/');
    expect(file.clauses.map(({ paragraphs }) => paragraphs)).toEqual([
      ['Peer supporters: Keep hope.', 'Say so.'],
    ]);
  });
});

describe('crosswalk.csv', () => {
  it('has one row per clause and theme it addresses or touches', () => {
    const rows = parseCsv(buildCrosswalkCsv(site, '/'));
    expect(rows[0]).toEqual(CROSSWALK_CSV_COLUMNS);
    const expected = site.codes.flatMap((code) =>
      code.clauses.flatMap((clause) => [...clause.themes, ...clause.touches]),
    ).length;
    expect(rows.length - 1).toBe(expected);
    expect(rows).toContainEqual([
      'hope',
      'Hope',
      'team',
      'conduct-2',
      '2.',
      '/codes/team/#conduct-2',
      'Second item.',
      'addresses',
      'Conduct',
      '',
      'Fixture Team Code',
      'reviewed',
    ]);
    expect(rows).toContainEqual([
      'consent',
      'Consent',
      'iaps',
      'hopeful',
      '2.',
      '/codes/iaps/#hopeful',
      'Peer supporters are hopeful.',
      'in-passing',
      '',
      '',
      'Fixture IAPS Values',
      'reviewed',
    ]);
  });
});
