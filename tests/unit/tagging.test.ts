// The tag suggester: stems, proposals from examples and from theme synonyms alone, and the leave-one-code-out
// evaluation, whose headline figure docs/ARCHITECTURE.md quotes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { evaluationInput, themeWords } from '../../src/authoring/tagging/corpus';
import { evaluateLeaveOneCodeOut } from '../../src/authoring/tagging/evaluate';
import { DEFAULT_RULE, trainSuggester, type ThemeWords } from '../../src/authoring/tagging/suggester';
import { stem, stems } from '../../src/lib/theme-reading/words';
import { loadWordNet } from '../../src/authoring/tagging/wordnet';
import { loadLexicon } from '../../src/lib/search/lexicon-file';
import { REAL_CONTENT, loadContent } from '../support/content';

const themes: (ThemeWords & { group: 'values' | 'boundaries' })[] = [
  {
    id: 'gifts',
    label: 'Gifts and money',
    definition: 'Accepting or giving gifts, money or loans.',
    synonyms: ['presents'],
    group: 'boundaries',
  },
  {
    id: 'privacy',
    label: 'Privacy',
    definition: 'Keeping what is shared private.',
    synonyms: ['secrets'],
    group: 'values',
  },
  {
    id: 'romance',
    label: 'Sexual relationships',
    definition: 'Intimate relationships with those served.',
    synonyms: ['dating'],
    group: 'boundaries',
  },
];

describe('words', () => {
  it('brings forms of one word to one stem and drops stop words', () => {
    expect(stem('confidentiality')).toBe(stem('confidential'));
    expect(stem('relationships')).toBe(stem('relationship'));
    expect(stems('I will not accept the gifts')).toEqual(['accept', stem('gifts')]);
  });
});

describe('suggester', () => {
  const suggester = trainSuggester(
    [
      { text: 'I will not accept gifts or loans from those I serve.', themes: ['gifts'], touches: [] },
      { text: 'I keep confidential what people tell me.', themes: ['privacy'], touches: [] },
    ],
    themes,
  );

  it('proposes the theme of the most similar reviewed clauses first', () => {
    expect(suggester.propose('Members do not take loans or gifts.').themes[0]).toBe('gifts');
    expect(suggester.propose('What a member tells me stays confidential.').themes[0]).toBe('privacy');
  });

  it('proposes a theme no clause has yet from its synonyms', () => {
    expect(suggester.propose('No dating the people you support.').themes[0]).toBe('romance');
  });

  it('ranks every theme and proposes at least one', () => {
    const proposal = suggester.propose('Something unrelated entirely.');
    expect(proposal.ranking.map((entry) => entry.theme).sort()).toEqual(['gifts', 'privacy', 'romance']);
    expect(proposal.themes).toHaveLength(1);
  });
  it("adds a share of the closest single example's similarity to the centroid's", () => {
    const text = 'I will not accept gifts or loans from those I serve.';
    const score = (rule = DEFAULT_RULE) =>
      trainSuggester([{ text, themes: ['gifts'], touches: [] }], themes, rule)
        .propose(text)
        .ranking.find((entry) => entry.theme === 'gifts')!.score;
    expect(DEFAULT_RULE.nearest).toBeGreaterThan(0);
    expect(score() - score({ ...DEFAULT_RULE, nearest: 0 })).toBeCloseTo(DEFAULT_RULE.nearest, 5);
  });
});

describe('reader words (the search lexicon’s everyday words for a theme)', () => {
  const examples = [
    { text: 'I will not accept gifts or loans from those I serve.', themes: ['gifts'], touches: [] },
    { text: 'I keep confidential what people tell me.', themes: ['privacy'], touches: [] },
  ];
  const text = 'Never blab about a member.';

  it('teaches a theme a plain word no reviewed text uses', () => {
    const without = trainSuggester(examples, themes).propose(text);
    expect(without.ranking.find((entry) => entry.theme === 'privacy')!.score).toBe(0);
    const withWords = trainSuggester(
      examples,
      themes.map((theme) => (theme.id === 'privacy' ? { ...theme, readerWords: ['blab'] } : theme)),
    ).propose(text);
    expect(withWords.themes[0]).toBe('privacy');
  });

  it('are the lexicon entries’ words, given to each theme an entry names', () => {
    const site = assembleSiteData(loadContent(REAL_CONTENT));
    const words = themeWords(site, {
      entries: [{ words: ['blab', 'spill the beans'], means: ['disclose'], themes: ['confidentiality'] }],
    });
    expect(words.find((theme) => theme.id === 'confidentiality')!.readerWords).toEqual([
      'blab',
      'spill the beans',
    ]);
    expect(words.find((theme) => theme.id === 'gifts-money')!.readerWords).toEqual([]);
  });
});

describe('suggester reading a whole code', () => {
  const suggester = trainSuggester(
    [
      { text: 'I will not accept gifts or loans from those I serve.', themes: ['gifts'], touches: [] },
      { text: 'What a crew member tells me stays confidential.', themes: ['privacy'], touches: [] },
    ],
    themes,
  );
  // A code for crews: "crew" is in every clause, so it says whom the code is for, not what a clause is about.
  const code = [
    'Never take presents or loans from the crew.',
    'Keep what the crew tells you confidential.',
    'No dating anyone on the crew.',
    'The crew chooses when to talk.',
    'Tell the crew the limits of the team.',
    'Treat every crew member alike.',
    'Know when the crew needs a clinician.',
    'The crew can turn the team down.',
  ];
  const privacyScore = (proposal: { ranking: { theme: string; score: number }[] }) =>
    proposal.ranking.find((entry) => entry.theme === 'privacy')!.score;

  it("counts a word in most of a code's clauses less than the same word alone", () => {
    const together = suggester.proposeCode(code);
    expect(together).toHaveLength(code.length);
    expect(privacyScore(together[0]!)).toBeLessThan(privacyScore(suggester.propose(code[0]!)));
    expect(together[0]!.themes[0]).toBe('gifts');
    expect(together[1]!.themes[0]).toBe('privacy');
    expect(together[2]!.themes[0]).toBe('romance');
  });

  it('reads a code too short to show a pattern as each clause alone', () => {
    const short = code.slice(0, 3);
    expect(suggester.proposeCode(short)).toEqual(short.map((text) => suggester.propose(text)));
  });
});

describe('suggester reading words no reviewed text uses', () => {
  const examples = [
    { text: 'I will not accept gifts or loans from those I serve.', themes: ['gifts'], touches: [] },
    { text: 'I keep confidential what people tell me.', themes: ['privacy'], touches: [] },
  ];
  // "freebies" is in no reviewed text; its relatives are one known word and one the model has never seen.
  const related = (phrase: string) => (phrase === 'freebies' ? ['loans', 'handouts'] : []);
  const giftsScore = (proposal: { ranking: { theme: string; score: number }[] }) =>
    proposal.ranking.find((entry) => entry.theme === 'gifts')!.score;

  it('reads an unknown word through the known words related to it', () => {
    const without = trainSuggester(examples, themes).propose('No freebies, ever.');
    const reading = trainSuggester(examples, themes, DEFAULT_RULE, related).propose('No freebies, ever.');
    expect(giftsScore(without)).toBe(0);
    expect(giftsScore(reading)).toBeGreaterThan(0);
    expect(reading.themes[0]).toBe('gifts');
  });

  it('asks only about unknown words and runs of words, and counts nothing at weight 0', () => {
    const asked: string[] = [];
    const spy = (phrase: string) => {
      asked.push(phrase);
      return related(phrase);
    };
    trainSuggester(examples, themes, DEFAULT_RULE, spy).propose('Accept no freebies');
    expect(asked).toContain('freebies');
    expect(asked).toContain('accept no');
    expect(asked).not.toContain('accept');
    // The last pair is also the last, cut-short triple: asked once.
    expect(asked.filter((phrase) => phrase === 'no freebies')).toHaveLength(1);
    const off = trainSuggester(examples, themes, { ...DEFAULT_RULE, related: 0 }, related);
    expect(giftsScore(off.propose('No freebies, ever.'))).toBe(0);
  });
});

describe('leave-one-code-out evaluation', () => {
  it('never lets a code’s own clauses into its model', () => {
    // Each code's only clause uses a word no other text has; tagged by the others, the word cannot help.
    const evaluation = evaluateLeaveOneCodeOut({
      codes: [
        { id: 'a', clauses: [{ text: 'zebra quokka', themes: ['gifts'], touches: [] }] },
        { id: 'b', clauses: [{ text: 'zebra quokka', themes: ['privacy'], touches: [] }] },
      ],
      themes,
    });
    // Trained on b alone, a's clause looks like privacy (wrong for a), and the other way round.
    expect(evaluation.firstThemeRight).toBe(0);
    expect(evaluation.clauses).toBe(2);
  });

  it('leaves out a reader word that only the held-out code uses', () => {
    // "quokka" is privacy's reader word and a's own wording: handed to a's model, it would tag a's clause privacy.
    const input = (readerWords: string[]) => ({
      codes: [
        { id: 'a', clauses: [{ text: 'quokka', themes: ['privacy'], touches: [] }] },
        { id: 'b', clauses: [{ text: 'zebra', themes: ['gifts'], touches: [] }] },
      ],
      themes: themes.map((theme) => (theme.id === 'privacy' ? { ...theme, readerWords } : theme)),
    });
    // Without "quokka", a's clause shares no word with any theme, and the first of the tied themes (gifts) is wrong.
    expect(evaluateLeaveOneCodeOut(input(['quokka'])).codes[0]!.firstThemeRight).toBe(0);
    const direct = trainSuggester(input(['quokka']).codes[1]!.clauses, input(['quokka']).themes);
    expect(direct.propose('quokka').themes[0]).toBe('privacy');
  });

  const site = assembleSiteData(loadContent(REAL_CONTENT));
  // As `npm run evaluate-tagging` measures it: with the lexicon's reader words and the importer's related words.
  const lexicon = loadLexicon(REAL_CONTENT);
  const evaluation = evaluateLeaveOneCodeOut(
    evaluationInput(site, lexicon),
    DEFAULT_RULE,
    loadWordNet().related,
  );

  it('covers every reviewed clause of every reviewed code, with figures per theme group', () => {
    const reviewed = site.codes.filter((code) => code.data.status !== 'draft');
    expect(evaluation.clauses).toBe(reviewed.reduce((sum, code) => sum + code.clauses.length, 0));
    expect(evaluation.codes.map((code) => code.id)).toEqual(reviewed.map((code) => code.id));
    for (const group of evaluation.groups) {
      expect(group.precision).toBeGreaterThanOrEqual(0);
      expect(group.recall).toBeLessThanOrEqual(1);
      expect(group.reviewed).toBeGreaterThan(0);
    }
  });

  it('matches the figure docs/ARCHITECTURE.md reports', () => {
    const architecture = readFileSync(join(REAL_CONTENT, '../docs/ARCHITECTURE.md'), 'utf8');
    const quoted = /first proposed theme is a reviewed theme: (\d+)%/.exec(architecture);
    expect(
      quoted,
      'docs/ARCHITECTURE.md quotes the leave-one-code-out figure (npm run evaluate-tagging)',
    ).not.toBeNull();
    expect(Number(quoted![1])).toBe(Math.round(evaluation.firstThemeRight * 100));
  });
});
