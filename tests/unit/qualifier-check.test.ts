// The qualifier check: a sentence of ours that cites a clause keeps the clause's qualifiers, quotes it word for
// word, and says after itself what it leaves out on purpose. Seeded examples, then the real content and pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { astroProse, checkPageProse, PAGES_WITH_PROSE } from '../../src/lib/own-words/page-prose';
import {
  checkQualifiers,
  isVerbatim,
  siteClauseTexts,
  type ClauseTexts,
} from '../../src/lib/own-words/qualifier-check';
import { findQualifiers } from '../../src/lib/own-words/qualifiers';
import { ownWordsHtml, ownWordsText } from '../../src/lib/own-words/render';
import { findNotes, splitSentences, withoutNotes } from '../../src/lib/own-words/sentences';
import { loadContent, REAL_CONTENT } from '../support/content';

const ROOT = join(import.meta.dirname, '../..');
const clauses: ClauseTexts = new Map([
  [
    'team:item-4',
    {
      text: 'disclose peer support information only with appropriate consent, except in cases where allowed or mandated by law; and if uncertain whether disclosure is appropriate, consult with their clinical supervisor prior to disclosing information.',
      leadIn: 'Peer support team members:',
    },
  ],
  [
    'alaska:conflicts-1',
    {
      text: 'I will determine, in consultation with my professional supervisor, whether existing or pre-existing relationships interfere with my ability to provide peer support services person(s) served.',
      leadIn: null,
    },
  ],
  [
    'dbhds:recovery-first',
    {
      text: 'My primary obligation and responsibility is my recovery. I will immediately seek outside counsel and if applicable, notify my supervisor if alcohol, drug use, mental illness or anything else gets in the way of my recovery.',
      leadIn: null,
    },
  ],
]);
const check = (text: string) =>
  checkQualifiers([{ file: 'themes/example.md', part: 'comparison note', text }], clauses).map(
    (problem) => `${problem.file}: ${problem.message}`,
  );

describe('the rule set', () => {
  it('finds modals, hedges, conditions, exceptions, degree, time and process words in any text', () => {
    const words = findQualifiers(
      'Members should, where possible, notify the team promptly unless the person objects, and make a substantial effort in consultation with others before acting.',
    ).map((q) => `${q.kind}: ${q.words.toLowerCase()}`);
    expect(words).toEqual(
      expect.arrayContaining([
        'modal or hedge: should',
        'modal or hedge: possible',
        'modal or hedge: effort',
        'condition or exception: where',
        'condition or exception: unless',
        'degree: substantial',
        'time: before',
        'process: in consultation with',
        'process: notify',
        'time: promptly',
      ]),
    );
  });

  it('accepts another member of the same family ("when unsure" for "if uncertain"), not a dropped one', () => {
    const [uncertain] = findQualifiers('if uncertain whether').filter((q) => q.words === 'uncertain');
    expect(uncertain!.test('when unsure whether')).toBe(true);
    expect(uncertain!.test('whether')).toBe(false);
    const [firm] = findQualifiers('PSPs shall serve').filter((q) => q.words === 'shall');
    expect(firm!.test('Alaska requires PSPs to serve')).toBe(true);
    // "asks" softens "shall": not accepted for it.
    expect(firm!.test('Alaska asks PSPs to serve')).toBe(false);
  });
});

describe('checkQualifiers, seeded', () => {
  it('names the file, the sentence, the clause and the missing words when an exception is dropped', () => {
    const problems = check(
      'The team code has members disclose information only with appropriate consent, consulting their clinical supervisor prior to disclosing if uncertain ([item 4](clause:team:item-4)).',
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^themes\/example\.md: comparison note: "The team code has members disclose information only with appropriate consent, consulting .*\(item 4\)\." cites clause:team:item-4 but leaves out "except" \(condition or exception\), "mandated by" \(process\)/,
      ),
    ]);
  });

  it('catches a loosened "in consultation with"', () => {
    const loosened = check(
      'Alaska has PSPs determine, after consulting their professional supervisor, whether existing or pre-existing relationships interfere ([Conflicts 1](clause:alaska:conflicts-1)).',
    );
    expect(loosened).toEqual([
      expect.stringMatching(
        /cites clause:alaska:conflicts-1 but leaves out "in consultation with" \(process\)/,
      ),
    ]);
    expect(
      check(
        'Alaska has PSPs determine, in consultation with their professional supervisor, whether existing or pre-existing relationships interfere ([Conflicts 1](clause:alaska:conflicts-1)).',
      ),
    ).toEqual([]);
  });

  it('catches a quotation that is not word for word in the clause it cites', () => {
    const problems = check(
      'DBHDS: "I will seek outside counsel" ([Recovery First](clause:dbhds:recovery-first)).',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /the quotation "I will seek outside counsel" is not word for word in clause:dbhds:recovery-first/,
      ),
    );
    // The example: "immediately" and "if applicable" dropped in paraphrase.
    expect(
      check(
        'DBHDS asks for outside counsel and, if applicable, word to a supervisor ([Recovery First](clause:dbhds:recovery-first)).',
      ),
    ).toEqual([expect.stringMatching(/leaves out "immediately" \(time\).*"notify" \(process\)/)]);
  });

  it('passes a faithful quotation, with an ellipsis and a lowered first capital', () => {
    expect(
      check(
        'DBHDS: "my primary obligation and responsibility is my recovery. I will immediately seek outside counsel and if applicable, notify my supervisor if … anything else gets in the way of my recovery" ([Recovery First](clause:dbhds:recovery-first)).',
      ),
    ).toEqual([]);
    expect(isVerbatim('peers’ rights', "the peers' rights")).toBe(true);
    expect(isVerbatim('peers rights', "the peers' rights")).toBe(false);
  });

  it('accepts an omission note with a reason after the sentence, and checks the note', () => {
    const sentence =
      'The team code has members disclose only with appropriate consent, except where the law allows or mandates it ([item 4](clause:team:item-4)).';
    expect(check(sentence)).toEqual([expect.stringMatching(/leaves out "uncertain".*"prior to".*"consult"/)]);
    expect(
      check(`${sentence} <!-- omits team:item-4 "uncertain", "prior to", "consult": this note is on law -->`),
    ).toEqual([]);
    expect(
      check(
        `${sentence} <!-- cites team:item-4 for "only with appropriate consent, except in cases where allowed or mandated by law": this note is on law -->`,
      ),
    ).toEqual([]);
    expect(check(`${sentence} <!-- cites team:item-4 for "only with consent": x -->`)).toContainEqual(
      expect.stringMatching(/the cited part "only with consent" is not word for word in clause:team:item-4/),
    );
    expect(check(`${sentence} <!-- omits team:item-4 "uncertain" -->`)).toContainEqual(
      expect.stringMatching(/cannot read the omission note/),
    );
    expect(check(`${sentence} <!-- omits alaska:conflicts-1 "in consultation with": x -->`)).toContainEqual(
      expect.stringMatching(/names clause:alaska:conflicts-1, which the sentence does not cite/),
    );
    expect(
      check(`${sentence} <!-- omits team:item-4 "banana", "uncertain", "prior to", "consult": x -->`),
    ).toEqual([expect.stringMatching(/leaves out "banana", which is not a qualifier of clause:team:item-4/)]);
  });

  it('attaches a note written after a sentence to that sentence, also in MDX and front-matter form', () => {
    const [first, second] = splitSentences(
      'One ([a](clause:team:item-4)). {/* topics: a list */} Two ([b](clause:alaska:conflicts-1)).',
    );
    expect(first!.notes.map((note) => note.kind)).toEqual(['topics']);
    expect(second!.notes).toEqual([]);
    expect(findNotes('x {\n  /* omits team:item-4 "uncertain": why */\n} y')).toHaveLength(1);
  });
});

describe('omission notes are not shown', () => {
  it('are removed from front-matter text on the page, other comments stay', () => {
    const text = 'Summary ([a](clause:alaska-psp:conduct-1)). {/* topics: a list */} <!-- not a note -->';
    expect(withoutNotes(text)).toBe('Summary ([a](clause:alaska-psp:conduct-1)). <!-- not a note -->');
    expect(ownWordsText(text)).not.toContain('topics');
    expect(ownWordsHtml(text, '/')).not.toContain('topics');
  });
});

describe('the real content and pages', () => {
  const raw = loadContent(REAL_CONTENT);
  const site = assembleSiteData(raw);

  it('assemble with every qualifier kept or its omission noted', () => {
    expect(site.themes.length).toBeGreaterThan(0);
  });

  it('page prose cites with <Cite> and passes', () => {
    const about = astroProse(readFileSync(join(ROOT, 'src/pages/about.astro'), 'utf8'));
    expect(about).toContain('(clause:alaska-psp:purpose-5)');
    const pages = PAGES_WITH_PROSE.map((file) => ({ file, source: readFileSync(join(ROOT, file), 'utf8') }));
    expect(checkPageProse(pages, siteClauseTexts(site))).toEqual([]);
  });

  it('a page whose sentence drops a qualifier fails, naming the page', () => {
    const source =
      '<p>Alaska: gifts and loans as the agency deems (<Cite to="alaska-psp:conflicts-note">NOTE</Cite>).</p>';
    expect(checkPageProse([{ file: 'src/pages/x.astro', source }], siteClauseTexts(site))).toEqual([
      expect.objectContaining({
        file: 'src/pages/x.astro',
        message: expect.stringMatching(/leaves out "shall"/),
      }),
    ]);
  });

  it('docs/EDITORIAL.md lists every omission note, by file and clause', () => {
    const editorial = readFileSync(join(ROOT, 'docs/EDITORIAL.md'), 'utf8');
    const texts = [
      ...raw.themes.map((t) => [t.filePath!, t.body ?? ''] as const),
      ...raw.codes.map((c) => [c.filePath!, c.data.summary] as const),
      ...(raw.scenarios ?? []).map((s) => [s.filePath!, s.body ?? ''] as const),
      ...PAGES_WITH_PROSE.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')] as const),
    ];
    const notes = texts.flatMap(([file, text]) => findNotes(text).map((note) => ({ file, note })));
    expect(notes.length).toBeGreaterThan(0);
    // One row per note; prettier pads the cells.
    const rows = editorial.split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
    for (const { file, note } of notes) {
      const clause = note.kind === 'topics' ? 'topics' : note.target;
      const listed = rows.some(
        (cells) => cells[1] === file && cells[2] === clause && cells[4] === note.reason,
      );
      expect(listed, `${file} ${clause}: ${note.reason}`).toBe(true);
    }
  });
});
