// The importer on text as people paste it from real published codes (fixtures written for these tests in that
// style, tests/fixtures/import/): every encoding a Windows or Mac editor saves, every numbering and bullet form,
// PDF page furniture and long titles. Each clause keeps its words, gets its number as its label, and passes the
// fidelity check against its source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImport } from '../../src/authoring/import/check';
import { EncodingError, decodeSource } from '../../src/authoring/import/decode';
import type { ImportResult } from '../../src/authoring/import/import-code';
import { readMarker } from '../../src/authoring/import/markers';
import type { ClausePart } from '../../src/authoring/import/parse';
import { fidelityFailures, sourceLines } from '../support/fidelity';
import { IMPORT_FIXTURES, importFixture, importSource, realThemeIds } from '../support/import';

const clausesOf = (result: ImportResult) =>
  result.parsed.parts.filter((part): part is ClausePart => part.kind === 'clause');
const labels = (result: ImportResult) => clausesOf(result).map((clause) => clause.label);

/** The fidelity check, with the page's text standing in as the title and every part's text. */
function fidelity(result: ImportResult) {
  const parts = result.parsed.parts.map((part) =>
    part.kind === 'attestation' ? part.lines.join(' ') : part.text,
  );
  const page = [result.parsed.title ?? '', ...parts].join('\n');
  return fidelityFailures(
    sourceLines(result.region, IMPORT_FIXTURES),
    { clauses: clausesOf(result) as never },
    page,
  );
}

function expectClean(result: ImportResult, id: string) {
  expect(checkImport(result, id, realThemeIds)).toEqual([]);
  expect(fidelity(result)).toEqual({ missing: [], invented: [], unclaused: [] });
  expect(result.mdx).not.toContain('\uFFFD');
  expect(result.mdx).not.toContain('\r');
  for (const clause of clausesOf(result)) expect(readMarker(clause.text), clause.text).toBeNull();
}

describe('encodings', () => {
  it('reads a Notepad "ANSI" (Windows-1252) file with its curly quotes, ellipsis, dash and accents', () => {
    const decoded = decodeSource(readFileSync(join(IMPORT_FIXTURES, 'notepad-ansi.txt')));
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.convertedLineEndings).toBe(true);
    expect(decoded.text).toContain('say “I don’t know” when they don’t');
    expect(decoded.text).toContain('however small it seems');
    expect(decoded.text).toContain('change the support they give… however');
    expect(decoded.text).toContain('the café owner');
    expect(decoded.text).toContain('Alliance – Standards');
    expect(decoded.text).not.toMatch(/[\r\uFFFD]/);
  });

  it.each([
    ['utf16-le.txt', 'UTF-16 LE'],
    ['utf16-be-no-bom.txt', 'UTF-16 BE'],
  ])('reads %s as %s', (file, encoding) => {
    const decoded = decodeSource(readFileSync(join(IMPORT_FIXTURES, file)));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toMatch(
      /^Southport Recovery Network Peer Mentor Pledge\n\nWritten for the importer’s tests/,
    );
    expect(decoded.text).not.toMatch(/[\r\u0000\uFFFD\uFEFF]/);
  });

  it('reads UTF-8 with and without a byte-order mark, and old Mac line endings', () => {
    const text = 'Code\r\rPeer workers’ duties…';
    const plain = decodeSource(Buffer.from(text, 'utf8'));
    const bom = decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect([plain.encoding, bom.encoding]).toEqual(['UTF-8', 'UTF-8 with BOM']);
    expect(plain.text).toBe('Code\n\nPeer workers’ duties…');
    expect(bom.text).toBe(plain.text);
  });

  it.each([
    ['a UTF-32 file', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /UTF-32 LE/],
    ['a PDF saved as .txt', Buffer.from('%PDF-1.7\n\u0000\u0000\u0001binary', 'latin1'), /binary file/],
    [
      'a code page other than Windows-1252',
      Buffer.from([0x43, 0x6f, 0x64, 0x65, 0x0a, 0x81, 0x8d]),
      /byte 0x81 on line 2 is not a character in Windows-1252/,
    ],
    [
      'UTF-8 holding U+FFFD already',
      Buffer.from('Code\n\nPeer workers\uFFFD duties', 'utf8'),
      /line 3 .*U\+FFFD/,
    ],
  ])('refuses %s, naming what it is', (_name, bytes, message) => {
    expect(() => decodeSource(bytes)).toThrow(EncodingError);
    expect(() => decodeSource(bytes)).toThrow(message);
  });

  it('imports the Windows-1252 file with every character as printed', () => {
    const result = importFixture('notepad-ansi.txt', 'northgate');
    expectClean(result, 'northgate');
    expect(clausesOf(result)[2]!.text).toBe(
      'Peer support workers say “I don’t know” when they don’t, and find out rather than guess.',
    );
  });
});

describe('numbered "1…." (a state\'s 25 values)', () => {
  const result = importFixture('values-ellipsis.txt', 'westmarch');

  it('makes 25 clauses numbered 1. to 25., the number and its dots not in the text', () => {
    expectClean(result, 'westmarch');
    expect(labels(result)).toEqual(Array.from({ length: 25 }, (_, index) => `${index + 1}.`));
    expect(clausesOf(result).map((clause) => clause.id)).toEqual(
      Array.from({ length: 25 }, (_, index) => `item-${index + 1}`),
    );
    expect(clausesOf(result)[0]!.text).toBe(
      'Affirm that every person can grow, heal and find a life they choose.',
    );
    // An ellipsis inside the text is the code's own and stays.
    expect(clausesOf(result)[21]!.text).toContain('real and possible…even after setbacks.');
  });

  it('takes the long first line as the title, once', () => {
    const title =
      'Westmarch Department of Recovery Services Certified Peer Specialist Values and Commitments';
    expect(result.parsed.title).toBe(title);
    expect(result.mdx.split(title)).toHaveLength(2);
  });

  it('with --title naming the first line, still shows it once', () => {
    const title =
      'Westmarch Department of Recovery Services Certified Peer Specialist Values and Commitments';
    const given = importFixture('values-ellipsis.txt', 'westmarch', { title });
    expect(given.mdx.split(title)).toHaveLength(2);
    expect(given.report).not.toMatch(/kept as text/);
  });
});

describe("single-spaced bullets with CRLF and wrapped lines (an association's 10 items)", () => {
  const result = importFixture('bullets-crlf.txt', 'riverside');

  it('makes each bullet a clause, no lead-in needed, the bullet not in the text', () => {
    expectClean(result, 'riverside');
    expect(labels(result)).toEqual(Array.from({ length: 10 }, (_, index) => `¶ ${index + 1}`));
    expect(clausesOf(result).every((clause) => !clause.text.includes('•'))).toBe(true);
  });

  it('joins each wrapped line into its item and never merges two items', () => {
    expect(clausesOf(result)[0]!.text).toBe(
      'Peer supporters put the wellbeing and choices of the person they walk beside ahead of their own interests.',
    );
    expect(clausesOf(result)[2]!.text).toBe(
      'Peer supporters share their own story with purpose, and only as much as helps.',
    );
    expect(result.report).toMatch(/10 bulleted/);
    expect(result.report).toMatch(/read as|line 3: 2 lines joined/);
  });
});

describe('numbered, copied from a PDF with its page furniture', () => {
  const result = importFixture('numbered-furniture.txt', 'eastlake');

  it('drops page numbers, "Page N of M" footers and running headers, and lists every one by line', () => {
    expectClean(result, 'eastlake');
    expect(result.parsed.dropped.map((entry) => [entry.line, entry.text])).toEqual([
      [15, 'Eastlake Board of Peer Certification Page 1 of 3'],
      [17, 'CPRS Code of Ethics'],
      [25, 'Eastlake Board of Peer Certification Page 2 of 3'],
      [27, 'CPRS Code of Ethics'],
      [31, '2'],
      [38, 'Eastlake Board of Peer Certification Page 3 of 3'],
    ]);
    for (const { line, text } of result.parsed.dropped)
      expect(result.report).toContain(`line ${line}: "${text}"`);
    expect(result.region.dropped).toEqual([
      'Eastlake Board of Peer Certification Page 1 of 3',
      'CPRS Code of Ethics',
      'Eastlake Board of Peer Certification Page 2 of 3',
      '2',
      'Eastlake Board of Peer Certification Page 3 of 3',
    ]);
    expect(result.report).toMatch(/line 17: a form feed/);
  });

  it('makes no section of a page header and joins an item the page broke', () => {
    expect(result.parsed.parts.filter((part) => part.kind === 'heading')).toEqual([]);
    expect(result.mdx).not.toMatch(/^## /m);
    expect(labels(result)).toEqual(Array.from({ length: 13 }, (_, index) => `${index + 1}.`));
    expect(clausesOf(result)[9]!.text).toBe(
      'Keep my own recovery strong, and step back from work when my wellness could harm the people I serve.',
    );
    expect(clausesOf(result)[5]!.text).toMatch(/^Refer a person .* without help\.$/);
  });
});

describe('a title repeated as the running header of every page', () => {
  it('keeps the first line as the title and drops its repeats, joining the item the page broke', () => {
    const source = [
      'Harbourside Peer Respite Staff Code',
      '',
      '1. Staff treat each guest as the expert on their own life.',
      '2. Staff keep what guests share within the respite team, and tell guests when',
      '',
      'Page 1 of 2',
      '\fHarbourside Peer Respite Staff Code',
      '',
      'something must be passed on for their safety.',
      '3. Staff do not take gifts or money from guests.',
      '',
      'Page 2 of 2',
    ].join('\r\n');
    const result = importSource(source, 'header.txt', 'header');
    expect(result.parsed.title).toBe('Harbourside Peer Respite Staff Code');
    expect(result.parsed.dropped.map((entry) => entry.line)).toEqual([6, 7, 12]);
    expect(clausesOf(result)[1]!.text).toBe(
      'Staff keep what guests share within the respite team, and tell guests when something must be passed on for their safety.',
    );
    expect(checkImport(result, 'header', realThemeIds)).toEqual([]);
  });
});

describe('every numbering and bullet form', () => {
  it.each([
    ['utf16-le.txt', ['(1)', '(2)', '(3)', '(4)', '(5)'], 'item-1'],
    ['dash-numbers.txt', ['1.', '2.', '3.', '4.'], 'item-1'],
    ['roman-numbers.txt', ['I.', 'II.', 'III.', 'IV.', 'V.'], 'item-1'],
    ['decimal-numbers.txt', ['2.1', '2.2', '2.3', '2.4'], 'relationships-2-1'],
    [
      'notepad-ansi.txt',
      ['Principle 1', 'Principle 2', 'Principle 3', 'Principle 4', 'Principle 5'],
      'item-1',
    ],
    ['principles-lettered.txt', ['a.', 'b.', 'c.', '¶ 1', 'a.', 'b.', 'a.', 'b.'], 'principle-1-a'],
    ['bullets-dash.txt', ['¶ 1', '¶ 2', '¶ 3', '¶ 4', '¶ 5'], 'item-1'],
    ['bullets-star.txt', ['¶ 1', '¶ 2', '¶ 3', '¶ 4', '¶ 5'], 'item-1'],
    ['bullets-square.txt', ['¶ 1', '¶ 2', '¶ 3', '¶ 4', '¶ 5'], 'item-1'],
    ['bullets-o.txt', ['¶ 1', '¶ 2', '¶ 3', '¶ 4', '¶ 5'], 'item-1'],
  ])('%s: one clause per item, labelled %j, marker out of the text', (file, expected, firstId) => {
    const result = importFixture(file, 'forms');
    expectClean(result, 'forms');
    expect(labels(result)).toEqual(expected);
    expect(clausesOf(result)[0]!.id).toBe(firstId);
  });

  it('keeps a wrapped line in its item under every form', () => {
    expect(clausesOf(importFixture('dash-numbers.txt', 'forms'))[1]!.text).toBe(
      'Peer support workers do not give medical, legal or financial advice, and help people find those who can.',
    );
    expect(clausesOf(importFixture('bullets-o.txt', 'forms'))[1]!.text).toBe(
      'Staff keep what guests share within the respite team, and tell guests when something must be passed on for their safety.',
    );
  });

  it('reads "Principle 1: Respect" as a heading and "Principle 1: Peer workers respect…" as a clause', () => {
    const result = importSource(
      'A Test Code\n\nPrinciple 1: Respect\n\nPeer workers respect every person.\n\nPrinciple 2: Peer workers keep confidences.\n',
      'principle.txt',
      'principle',
    );
    expect(result.parsed.parts.map((part) => part.kind)).toEqual(['heading', 'clause', 'clause']);
    expect(labels(result)).toEqual(['¶ 1', 'Principle 2']);
  });
});

describe('every uncertainty names its line and what to do', () => {
  it.each(['numbered-furniture.txt', 'bullets-crlf.txt', 'values-ellipsis.txt'])('%s', (file) => {
    const result = importFixture(file, 'notes');
    expect(result.parsed.notes.length).toBeGreaterThan(0);
    for (const note of result.parsed.notes) expect(note).toMatch(/^line \d+: .+: .+/);
  });
});
