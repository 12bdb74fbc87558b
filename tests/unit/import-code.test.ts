// The importer on one synthetic fixture of each shape peer-support codes are published in: the result reads
// back through the site's own content loader with the ids, labels, lead-ins and text the source gives.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import type { Code } from '../../src/lib/content/model';
import { checkImport } from '../../src/authoring/import/check';
import { ImportError, selectRegion } from '../../src/authoring/import/import-code';
import { parseRegions, withRegion } from '../../src/authoring/import/regions';
import { escapeMdx } from '../../src/authoring/import/render';
import { isHeadingLike, splitUnits } from '../../src/authoring/import/units';
import { extractClauses } from '../../src/lib/content/extract-clauses';
import { loadContent } from '../support/content';
import { SHAPES, contentWithImports, importFixture, importSource, realThemeIds } from '../support/import';

const { dir, results } = contentWithImports();
// The real loader and checks, over the real content plus every imported draft.
const site = assembleSiteData(loadContent(dir), { allowDraftPlaceholders: true });
const code = (id: string): Code => site.codes.find((candidate) => candidate.id === id)!;
const clause = (codeId: string, clauseId: string) =>
  code(codeId).clauses.find((candidate) => candidate.id === clauseId)!;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every shape', () => {
  it.each(Object.values(SHAPES))('$file reads back as imported and passes the content checks', ({ id }) => {
    expect(checkImport(results[id]!, id, realThemeIds)).toEqual([]);
    expect(code(id).data.status).toBe('draft');
    for (const each of code(id).clauses) expect(each.themes.length).toBeGreaterThan(0);
  });
});

describe('numbered items under a lead-in', () => {
  it('gives each item an id and label from its number, and the lead-in', () => {
    const riverbend = code('riverbend');
    expect(riverbend.clauses.map((c) => [c.id, c.label])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [`item-${n}`, `${n}.`]),
    );
    expect(new Set(riverbend.clauses.map((c) => c.leadIn))).toEqual(new Set(['Peer Specialists will:']));
    expect(riverbend.data.title).toBe('Riverbend Peer Specialist Code of Conduct');
  });

  it('joins lines a PDF wrapped mid-sentence, and a hyphenated wrap without a space', () => {
    expect(clause('riverbend', 'item-2').text).toBe(
      'keep what a person shares in confidence, except where the law requires them to report a risk of harm.',
    );
    expect(clause('riverbend', 'item-5').text).toMatch(/their role as a self-help partner\.$/);
    expect(results.riverbend!.report).toMatch(
      /line 13: a line ending in a hyphen was joined without a space/,
    );
  });
});

describe('principles with lettered sub-clauses', () => {
  it('makes every sub-clause its own clause, addressed by principle number and letter', () => {
    expect(code('harbor').clauses.map((c) => [c.id, c.label])).toEqual([
      ['principle-1-a', 'a.'],
      ['principle-1-b', 'b.'],
      ['principle-1-c', 'c.'],
      ['principle-2', '¶ 1'],
      ['principle-2-a', 'a.'],
      ['principle-2-b', 'b.'],
      ['principle-3-a', 'a.'],
      ['principle-3-b', 'b.'],
    ]);
  });

  it('recognises the lead-in of each principle and puts each clause in its principle', () => {
    expect(clause('harbor', 'principle-1-b').leadIn).toBe('Peer workers in the network:');
    expect(clause('harbor', 'principle-3-a').leadIn).toBe('Peer workers in the network:');
    expect(clause('harbor', 'principle-1-b').section).toBe('Principle I – Dignity and Respect');
    expect(clause('harbor', 'principle-2-a').leadIn).toBeNull();
    expect(clause('harbor', 'principle-1-b').text).toBe(
      "respect each person's culture, faith and way of life, and do not judge their choices.",
    );
  });
});

describe('sections with their own numbering, a NOTE and an attestation', () => {
  it('addresses items by section, restarting the numbers', () => {
    expect(code('northfield').clauses.map((c) => c.id)).toEqual([
      'responsibilities-1',
      'responsibilities-2',
      'responsibilities-3',
      'responsibilities-note',
      'responsibilities-4',
      'responsibilities-profession-1',
      'responsibilities-profession-2',
      'responsibilities-profession-3',
    ]);
    expect(clause('northfield', 'responsibilities-profession-2').leadIn).toBe('As a Recovery Coach:');
  });

  it('makes the NOTE its own clause, without its marker', () => {
    const note = clause('northfield', 'responsibilities-note');
    expect(note.label).toBe('NOTE');
    expect(note.text).toMatch(
      /^Small tokens of thanks, .* allows them; I will ask my supervisor when I am not sure\.$/,
    );
  });

  it('keeps the attestation as text, with its blanks escaped', () => {
    expect(results.northfield!.mdx).toContain(
      '<Attestation>\nI hereby attest that I have read this Code of Ethics and agree to follow it.\n\nPrinted Name: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n',
    );
    expect(code('northfield').clauses.some((c) => c.text.includes('attest'))).toBe(false);
  });
});

describe('unnumbered value statements', () => {
  it('counts statements within their section, with ¶ labels and the lead-in', () => {
    expect(code('lakeside').clauses.map((c) => [c.id, c.label, c.leadIn])).toEqual([
      ['values-1', '¶ 1', null],
      ['values-2', '¶ 2', null],
      ['values-3', '¶ 3', null],
      ['values-4', '¶ 4', null],
      ['commitments-1', '¶ 1', 'Every peer supporter will:'],
      ['commitments-2', '¶ 2', 'Every peer supporter will:'],
    ]);
    expect(results.lakeside!.report).toMatch(/4 unnumbered paragraphs under "Our Values" made clauses/);
  });
});

describe('when unsure', () => {
  it('keeps an unnumbered paragraph after numbered items together, as text, and says so', () => {
    const source =
      'A Test Code\n\nMembers will:\n\n1. act with care.\n2. ask when unsure.\n\nThese duties apply on and off\nduty.\n';
    const result = importSource(source, 'unsure.txt', 'unsure');
    expect(result.parsed.parts.filter((part) => part.kind === 'clause')).toHaveLength(2);
    expect(result.mdx).toContain('\n\nThese duties apply on and off duty.\n');
    expect(result.report).toMatch(/kept as text, not a clause .*"These duties apply on and off duty\."/);
  });

  it('reports a gap in the numbering', () => {
    const result = importSource(
      'A Test Code\n\n1. one thing.\n2. two things.\n4. four things.\n',
      'gap.txt',
      'gap',
    );
    expect(result.report).toMatch(/numbering goes from 2 to 4/);
  });
});

describe('words are never changed', () => {
  it('escapes what MDX would read as markup, and reads back the same characters', () => {
    const text =
      'Use {braces}, <tags>, *stars*, _under_, [links](x), `code`, ~~strike~~, a # and & and \\ as printed.';
    const body = `${escapeMdx('1. not a list')}\n\n<Clause id="a" label="1." themes="x">\n${escapeMdx(text)}\n</Clause>\n`;
    const { clauses, problems } = extractClauses(body, 'x.mdx');
    expect(problems).toEqual([]);
    expect(clauses[0]!.text).toBe(text);
    expect(body.startsWith('1\\. not a list')).toBe(true);
  });

  it('keeps quotes, dashes and symbols of the source', () => {
    const source = 'A Test Code\n\nStaff will:\n\n1. say “no” — politely — to gifts over $25 (or 10%).\n';
    const result = importSource(source, 'symbols.txt', 'symbols');
    expect(checkImport(result, 'symbols', realThemeIds)).toEqual([]);
    expect(result.parsed.parts.find((part) => part.kind === 'clause')).toMatchObject({
      text: 'say “no” — politely — to gifts over $25 (or 10%).',
    });
  });
});

describe('units', () => {
  it('keeps a heading printed directly above its text apart from it', () => {
    expect(
      splitUnits('Principle: Recovery First\nMy recovery comes first.').map((unit) => unit.text),
    ).toEqual(['Principle: Recovery First', 'My recovery comes first.']);
    expect(splitUnits('Our Values\nRecovery is possible.').map((unit) => unit.text)).toEqual([
      'Our Values',
      'Recovery is possible.',
    ]);
  });

  it('tells a heading from a wrapped sentence', () => {
    expect(isHeadingLike('Relationship with Clients')).toBe(true);
    expect(isHeadingLike('I affirm the dignity of every Peer')).toBe(false);
    expect(isHeadingLike('People have a right to privacy.')).toBe(false);
  });
});

describe('options and bad input', () => {
  it('imports a region of a longer file, with --title when it has no title line', () => {
    const source =
      'Blog post intro.\n\nPeer staff will:\n\n1. listen.\n2. respect choices.\n\nMore of the blog.\n';
    expect(selectRegion(source, 'Peer staff', '2. respect')).toEqual({
      text: 'Peer staff will:\n\n1. listen.\n2. respect choices.',
      firstLine: 3,
    });
    const result = importSource(source, 'blog.txt', 'blog', { title: 'Blog Code' });
    expect(() => importSource(selectRegion(source, 'Peer staff').text, 'blog.txt', 'blog')).toThrow(
      /give one with --title/,
    );
    expect(result.region).toEqual({ file: 'blog.txt', from: 'Blog post intro.', to: 'More of the blog.' });
  });

  it('says when the fidelity region would find other lines first', () => {
    const plain = 'A Test Code\n\nMembers will:\n\n1. act with care.\n';
    expect(importSource(plain, 'once.txt', 'once').report).not.toMatch(/finds other lines first/);
    // The last line also starts the file: the test would stop at the first line.
    const repeated = 'Intro line.\n\nA Test Code\n\nMembers will:\n\n1. act with care.\n\nIntro line.\n';
    expect(importSource(repeated, 'twice.txt', 'twice', { title: 'A Test Code' }).report).toMatch(
      /fidelity region .* finds other lines first/,
    );
  });

  it('fails with a message naming the problem', () => {
    expect(() => importSource('A Test Code\n\n1. x.\n', 'a.txt', 'Bad Id')).toThrow(ImportError);
    expect(() => importSource('A Test Code\n\n1. x.\n', 'a.txt', 'Bad Id')).toThrow(
      /--id "Bad Id" must be lower-case words/,
    );
    expect(() => importSource('A Test Code\n\nJust prose here.\n', 'a.txt', 'prose')).toThrow(
      /found no clauses/,
    );
    expect(() => selectRegion('a\nb\n', 'zzz')).toThrow(/--from: no line of the source starts with "zzz"/);
  });

  it('uses --item-name for clauses outside any section', () => {
    const result = importFixture('lead-in-items.txt', 'riverbend', { itemName: 'Principle' });
    expect(
      result.parsed.parts
        .filter((part) => part.kind === 'clause')
        .map((part) => part.kind === 'clause' && part.id)[0],
    ).toBe('principle-1');
    expect(result.mdx).toContain('itemName: "Principle"');
  });
});

describe('the fidelity manifest', () => {
  it('adds or replaces one code’s region and rejects a malformed entry', () => {
    const json = withRegion('{"a":{"file":"a.txt","from":"x","to":"y"}}', 'b', {
      file: 'b.txt',
      from: 'p',
      to: 'q',
    });
    expect(Object.keys(parseRegions(json))).toEqual(['a', 'b']);
    expect(() => parseRegions('{"a":{"file":"a.txt","from":""}}')).toThrow(/"a" needs a non-empty "from"/);
  });
});
