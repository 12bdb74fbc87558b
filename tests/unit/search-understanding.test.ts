// The search's reading of a question (issue 21): whole questions matched (BM25 over the reader questions),
// context before lexicon (ambiguous words need support, phrases win, common words never name a theme),
// contractions and negation, digits, spelling by Damerau distance with the real-word guard, and the relevance
// floor. Real content and lexicon, plus small hand-made knowledge where a mechanism needs isolating.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import {
  buildRealWords,
  buildSearchKnowledge,
  hyphenatedCompounds,
  type SearchKnowledge,
} from '../../src/lib/search/knowledge';
import { loadLexicon } from '../../src/lib/search/lexicon-file';
import { correctedQuery } from '../../src/lib/search/query';
import { indexQuestions, matchQuestions, questionStems } from '../../src/lib/search/questions';
import { aboveFloor, RELEVANCE_FLOOR } from '../../src/lib/search/rank';
import { nearRealWords } from '../../src/lib/search/real-words';
import { correctionCap, correctWord, splitCompound } from '../../src/lib/search/spelling';
import { prepare, understand } from '../../src/lib/search/understand';
import { damerauDistance, editDistance, isNumber, stemKey, tokenize } from '../../src/lib/search/words';
import { loadContent, REAL_CONTENT } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const lexicon = loadLexicon(REAL_CONTENT);
const dictionary = readFileSync(wordListPath, 'utf8').split('\n');
const knowledge = buildSearchKnowledge(site, lexicon, '/');
const realWords = buildRealWords(knowledge, dictionary);
const u = prepare(knowledge);
realWords.forEach((word) => u.speller.realWords.add(word));

/** Knowledge with nothing in it but what a test adds. */
function tiny(extra: Partial<SearchKnowledge>): SearchKnowledge {
  return {
    clauses: 10,
    codeCount: 1,
    filler: [],
    lexicon: [],
    themes: [],
    scenarios: [],
    vocabulary: [],
    questions: [],
    compounds: [],
    common: [],
    ...extra,
  };
}
const theme = (id: string, phrases: string[], definition = '') => ({
  id,
  label: id,
  href: `/themes/${id}/`,
  codes: 1,
  phrases,
  definition,
});

describe('contractions and negation', () => {
  it('reads contractions as their words', () => {
    expect(tokenize("he doesn't want it")).toEqual(['he', 'does', 'not', 'want', 'it']);
    expect(tokenize("I can't, she won't, they're here")).toEqual([
      'i',
      'can',
      'not',
      'she',
      'will',
      'not',
      'they',
      'here',
    ]);
    expect(tokenize("the client's notes")).toEqual(['the', 'client', 'notes']);
  });
  it('keeps "not" for whole-question matching', () => {
    expect(questionStems("doesn't want peer support")).toContain('not');
  });
});

describe('digits', () => {
  it('never looks up a number, so "911" cannot match clause labels', () => {
    expect(isNumber('911')).toBe(true);
    expect(isNumber('9a')).toBe(false);
    const plan = understand('911 call went bad', u);
    expect(plan.terms.flatMap((term) => term.text.split(' '))).not.toContain('911');
    expect(plan.allWords.split(' ')).not.toContain('911');
    expect(understand('9', u).terms).toEqual([]);
  });
});

describe('spelling', () => {
  it('measures Damerau distance: a swap of neighbours is one edit', () => {
    expect(damerauDistance('accpet', 'accept')).toBe(1);
    expect(damerauDistance('confidentality', 'confidentiality')).toBe(1);
    expect(damerauDistance('gift', 'gift')).toBe(0);
    // Plain edit distance, from the same table, counts the swap as two edits and stops past its cap.
    expect(editDistance('accpet', 'accept')).toBe(2);
    expect(editDistance('gift', 'gifts')).toBe(1);
    expect(editDistance('gift', 'confidentiality', 3)).toBe(4);
    expect(damerauDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
  it('corrects a transposition to a site word', () => {
    expect(understand('can I accpet a gift', u).corrections).toEqual([{ from: 'accpet', to: 'accept' }]);
  });
  it('never rewrites a real English word, even one a letter from a site word', () => {
    for (const word of ['night', 'tired', 'party', 'christian', 'fired']) {
      expect(knowledge.vocabulary.includes(word) || realWords.includes(word), word).toBe(true);
      expect(understand(`a ${word} question`, u).corrections, word).toEqual([]);
    }
  });
  it('the guard is what stops it: without the English list, a real word would be "corrected"', () => {
    const vocabulary = new Map([['right', 'right']]);
    const words = ['right'];
    const compounds = new Map<string, string>();
    expect(correctWord('night', { vocabulary, words, realWords: new Set(), compounds })).toBe('right');
    expect(correctWord('night', { vocabulary, words, realWords: new Set(['night']), compounds })).toBeNull();
  });
  it('lists the English words near the vocabulary, and only those', () => {
    expect(nearRealWords(['right', 'accept'], ['night', 'light', 'except', 'banana', 'right'])).toEqual([
      'light',
      'night',
    ]);
    expect(correctionCap('abcd')).toBe(0);
    expect(correctionCap('abcdefgh')).toBe(2);
  });
  it('writes the corrected query for "Showing results for"', () => {
    expect(correctedQuery('Can I Accpet a gift', [{ from: 'accpet', to: 'accept' }])).toBe(
      'Can I accept a gift',
    );
  });
  it('searches as typed when asked ("Search instead for")', () => {
    expect(understand('accpet a gift', u, { correct: false }).corrections).toEqual([]);
  });
});

describe('compounds typed as one word', () => {
  it('reads a compound the codes hyphenate as the codes write it, and says so', () => {
    const plan = understand('nonjudgmental', u);
    expect(plan.corrections).toEqual([{ from: 'nonjudgmental', to: 'non-judgmental' }]);
    expect(plan.terms.map((term) => term.text)).toContain('judgmental');
    expect(understand('rolemodel', u).themes.map((hit) => hit.id)).toContain('role-modelling');
    expect(correctedQuery('Selfcare plan', [{ from: 'selfcare', to: 'self-care' }])).toBe('self-care plan');
  });

  it('lists the hyphenated words of the texts, except those also written closed', () => {
    expect(
      hyphenatedCompounds(
        ['Be non-judgmental and self-directed.', 'A well-being plan'],
        new Set(['wellbeing']),
      ),
    ).toEqual([
      ['nonjudgmental', 'non-judgmental'],
      ['selfdirected', 'self-directed'],
    ]);
    expect(knowledge.compounds).toContainEqual(['selfdetermination', 'self-determination']);
  });

  it('splits a word that is neither a site word nor English into two site words', () => {
    const speller = {
      vocabulary: new Map([
        ['peer', 'peer'],
        ['support', 'support'],
        ['card', 'card'],
        ['board', 'board'],
      ]),
      words: ['peer', 'support', 'card', 'board'],
      realWords: new Set(['cardboard']),
      compounds: new Map(),
    };
    expect(splitCompound('peersupport', speller)).toBe('peer support');
    // An English word is never split, a site word never, and parts of under four letters are not words here.
    expect(splitCompound('cardboard', speller)).toBeNull();
    expect(splitCompound('support', speller)).toBeNull();
    expect(splitCompound('peerx', speller)).toBeNull();
    expect(understand('giftcard', u).corrections).toEqual([{ from: 'giftcard', to: 'gift card' }]);
  });

  it('lists an English word made of two site words among the words never corrected', () => {
    expect(nearRealWords(['card', 'board'], ['cardboard', 'boardcard', 'banana'])).toEqual([
      'boardcard',
      'cardboard',
    ]);
  });
});

describe('common words never name a theme', () => {
  it('drops a label part that is common across the codes ("supports")', () => {
    const strengths = knowledge.themes.find((t) => t.id === 'strengths')!;
    expect(knowledge.common).toContain(stemKey('support'));
    expect(strengths.phrases.map((p) => p.toLowerCase())).not.toContain('supports');
    expect(understand('peer support', u).themes.map((t) => t.id)).not.toContain('strengths');
  });
});

describe('context before lexicon', () => {
  // "tell" has several senses: it appears in the questions of three themes.
  const questions = [
    { text: 'When must I tell the police?', kind: 'theme' as const, id: 'limits' },
    { text: 'What do I tell a new person?', kind: 'theme' as const, id: 'role' },
    { text: 'Should I tell my story?', kind: 'theme' as const, id: 'story' },
  ];
  const k = tiny({
    themes: [
      theme('limits', ['disclose'], 'Breaking confidentiality to report abuse'),
      theme('role', []),
      theme('story', []),
    ],
    lexicon: [{ words: ['tell'], means: ['disclose'], themes: ['limits'] }],
    questions,
  });
  const v = prepare(k);
  it('finds a word with several senses', () => {
    expect(v.ambiguous.has('tell')).toBe(true);
  });
  it('counts its lexicon theme only when another word supports that sense', () => {
    expect(understand('tell a new client hello', v).themes.map((t) => t.id)).not.toContain('limits');
    expect(understand('tell someone about abuse', v).themes.map((t) => t.id)).toContain('limits');
  });
  it('lets a phrase win over its single words', () => {
    const p = prepare(
      tiny({
        themes: [theme('gifts', ['gift']), theme('ending', ['last day'])],
        lexicon: [{ words: ['day'], means: ['day'], themes: ['gifts'] }],
      }),
    );
    const plan = understand('last day', p);
    expect(plan.themes.map((t) => t.id)).toEqual(['ending']);
  });
});

describe('whole-question matching', () => {
  it('ranks whole questions by rare shared words (BM25)', () => {
    const index = indexQuestions([
      {
        text: 'Should a sergeant give peer support to an officer they supervise?',
        kind: 'scenario',
        id: 'boss',
      },
      { text: 'How do I give peer support after a call?', kind: 'theme', id: 'outreach' },
    ]);
    const [best] = matchQuestions(questionStems('sergeant peer support for his own squad'), index);
    expect(best?.id).toBe('boss');
    expect(best!.strength).toBeGreaterThan(0);
    expect(best!.strength).toBeLessThanOrEqual(1);
    expect(matchQuestions(questionStems('zzqxv'), index)).toEqual([]);
  });
  it("lets a long situation fit a scenario's short question it holds whole, and a theme's only by the query", () => {
    const bank = [
      { text: 'Can I lend money to a peer?', kind: 'scenario' as const, id: 'loan' },
      { text: 'Is a cash gift from a peer okay?', kind: 'theme' as const, id: 'gifts' },
      ...Array.from({ length: 40 }, (_, n) => ({
        text: `How do I handle situation number ${n} with a peer?`,
        kind: 'theme' as const,
        id: `other-${n % 5}`,
      })),
    ];
    const index = indexQuestions(bank);
    const strengthOf = (query: string, id: string) =>
      matchQuestions(questionStems(query), index).find((match) => match.id === id)?.strength ?? 0;
    const story =
      'a woman I support since spring keeps asking me to lend her money and a cash gift for groceries';
    // Measured against the query's words alone, the story's other words would leave it under half the short one's.
    expect(strengthOf(story, 'loan')).toBeCloseTo(strengthOf('lend money', 'loan'), 5);
    // A theme's question is measured by how much of the query it covers: the story's other words dilute it.
    expect(strengthOf(story, 'gifts')).toBeLessThan(strengthOf('cash gift', 'gifts') / 2);
    // A question sharing only common words with the query still does not match.
    expect(matchQuestions(questionStems('how do I handle a peer'), index)).toEqual([]);
  });
  it('every real theme and scenario carries 10 to 20 reader questions', () => {
    for (const entry of [...site.themes, ...site.scenarios]) {
      const count = entry.data.readerQuestions?.length ?? 0;
      expect(count, entry.id).toBeGreaterThanOrEqual(10);
      expect(count, entry.id).toBeLessThanOrEqual(20);
    }
  });
  it('reaches the supervisor scenario from a question in other words', () => {
    const plan = understand('should a sergeant do peer support for his own squad', u);
    expect(plan.owners.some((o) => o.kind === 'scenario' && o.id === 'supervisor-as-peer-supporter')).toBe(
      true,
    );
  });
});

describe('relevance floor', () => {
  it('drops weak matches and those far below the best', () => {
    expect(aboveFloor([{ id: 'a', score: RELEVANCE_FLOOR / 2 }])).toEqual([]);
    expect(
      aboveFloor([
        { id: 'a', score: 10 },
        { id: 'b', score: 1 },
      ]).map((r) => r.id),
    ).toEqual(['a']);
    expect(
      aboveFloor([
        { id: 'a', score: 2 },
        { id: 'b', score: 1.5 },
      ]),
    ).toHaveLength(2);
  });
  it('knows no word of a nonsense string, so nothing is looked up as a clause', () => {
    for (const nonsense of ['zzqxv', 'asdfgh', 'qwpeoiru'])
      expect(understand(nonsense, u).known, nonsense).toBe(false);
    expect(understand('gifts', u).known).toBe(true);
    expect(understand('confid', u).known).toBe(true);
  });
  it('knows every start of a word being typed, though the vocabulary keeps another form of its stem', () => {
    // "dating" and "date" share a stem; the vocabulary keeps one of them, the typist may be on the way to either.
    expect(knowledge.vocabulary).toEqual(expect.arrayContaining(['date', 'dating']));
    for (const typed of ['dati', 'datin']) {
      const plan = understand(typed, u);
      expect(plan.known, typed).toBe(true);
      expect(
        plan.themes.map((theme) => theme.id),
        typed,
      ).toEqual(understand('dating', u).themes.map((t) => t.id));
      expect(
        plan.terms.map((term) => term.text),
        typed,
      ).toContain(typed);
    }
  });
});
