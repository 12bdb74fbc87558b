// The query layer: question words dropped, everyday words mapped to the codes' words and themes (lexicon and
// theme synonyms), light stemming and typos, weighted ranking, topics, scenarios and closest themes.
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { buildSearchKnowledge, checkLexicon, commonStems, labelParts } from '../../src/lib/search/knowledge';
import { loadLexicon, parseLexicon } from '../../src/lib/search/lexicon-file';
import { rankClauses, rarity } from '../../src/lib/search/rank';
import { statusText } from '../../src/lib/search/status';
import { closestThemes, matchScenarios, namedThemes } from '../../src/lib/search/topics';
import { prepare, understand } from '../../src/lib/search/understand';
import { editDistance, stemKey, tokenize } from '../../src/lib/search/words';
import { loadContent, REAL_CONTENT } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const lexicon = loadLexicon(REAL_CONTENT);
const knowledge = buildSearchKnowledge(site, lexicon, '/');
const u = prepare(knowledge);
const terms = (query: string) => understand(query, u).terms.map((term) => term.text);
const themes = (query: string) => understand(query, u).themes.map((theme) => theme.id);

describe('words', () => {
  it('tokenizes without apostrophes or possessives, reading contractions', () => {
    expect(tokenize("Can I date my client's sister? Don't!")).toEqual([
      'can',
      'i',
      'date',
      'my',
      'client',
      'sister',
      'do',
      'not',
    ]);
  });
  it('stems plurals and -ing/-ed forms to one key', () => {
    expect(new Set(['date', 'dating', 'dated'].map(stemKey)).size).toBe(1);
    expect(stemKey('loans')).toBe(stemKey('loan'));
    expect(stemKey('stressed')).toBe('stress');
    expect(stemKey('stress')).toBe('stress');
    expect(stemKey('policies')).toBe('policy');
  });
  it('measures edit distance, capped', () => {
    expect(editDistance('confidentality', 'confidentiality')).toBe(1);
    expect(editDistance('gift', 'gift')).toBe(0);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
});

describe('lexicon file', () => {
  it('loads the real lexicon, and a content folder without one has an empty lexicon', () => {
    expect(lexicon.entries.length).toBeGreaterThan(20);
    expect(lexicon.filler).toContain('can i');
    expect(loadLexicon('/nonexistent-folder')).toEqual({ filler: [], entries: [] });
  });
  it('names the file and the field when the lexicon does not match the schema', () => {
    expect(() =>
      parseLexicon('entries:\n  - words: []\n    means: [x]\n', 'content/search/lexicon.yaml'),
    ).toThrow(/content\/search\/lexicon\.yaml: does not match the lexicon schema: entries\.0\.words/);
    expect(() => parseLexicon('entries: [\n', 'lex.yaml')).toThrow(/lex\.yaml: not valid YAML/);
  });
  it('rejects an unknown theme id and a word claimed by two entries, naming the entries', () => {
    const bad = {
      filler: ['can i'],
      entries: [
        { words: ['lend'], means: ['loans'], themes: ['no-such-theme'] },
        { words: ['lending', 'can I'], means: ['x'], themes: [] },
      ],
    };
    expect(() => checkLexicon(bad, new Set(['gifts-money']))).toThrow(
      /unknown theme id "no-such-theme"[\s\S]*"lending" is already in entry 1 \(lend\)[\s\S]*"can I" is already in filler/,
    );
  });
  it('has no entry that is a whole question: entries are words and short phrases', () => {
    for (const entry of lexicon.entries)
      for (const word of entry.words) expect(tokenize(word).length, word).toBeLessThanOrEqual(4);
  });
});

describe('understanding a question', () => {
  it('drops question and filler words', () => {
    const plan = understand('is it ok to accept a gift?', u);
    expect(plan.allWords).toBe('accept gift');
    expect(terms('what if someone is suicidal')).not.toContain('what');
    // Only question words look nothing up (such a lookup scores every clause): the reader is asked to keep typing.
    expect(understand('can I', u).terms).toEqual([]);
    // A lone letter is not searched (the reader is still typing; its prefix lookup is the index's costliest).
    expect(understand('c', u).terms).toEqual([]);
    expect(understand('can I d', u).terms).toEqual([]);
    // Numbers are never looked up (every clause label is one): "$20" reads as "borrow".
    expect(understand('borrow $20', u).terms.map((term) => term.text)).not.toContain('20');
    expect(understand('borrow $20', u).terms.map((term) => term.text)).toContain('borrow');
  });
  it("maps everyday words to the codes' words and themes", () => {
    expect(terms('can I date a former client?')).toEqual(
      expect.arrayContaining(['romantic relationships', 'intimate']),
    );
    expect(themes('can I date a former client?')).toContain('sexual-relationships');
    expect(terms('can I lend money')).toEqual(expect.arrayContaining(['loans', 'lend']));
    expect(themes('facebook friend request')).toEqual(
      expect.arrayContaining(['records', 'dual-relationships']),
    );
    expect(themes('what if someone is suicidal')).toEqual(['confidentiality-limits']);
    expect(themes('I relapsed')).toContain('own-wellness');
  });
  it('prefers the longest phrase: "friend request" is not "friend"', () => {
    const plan = understand('friend request', u);
    expect(plan.terms.map((term) => term.text)).not.toContain('social relationships');
  });
  it('matches plurals and forms of lexicon and synonym words', () => {
    expect(themes('loans')).toContain('gifts-money');
    expect(themes('borrowing money')).toContain('gifts-money');
    expect(themes('sponsoring')).toContain('dual-relationships');
  });
  it('weighs a theme named outright above one reached through the lexicon', () => {
    const plan = understand('gifts on facebook', u);
    expect(plan.themes[0]?.id).toBe('gifts-money');
  });
  it('corrects a typo to a known word, but not a word still being typed', () => {
    const plan = understand('confidentality', u);
    expect(plan.corrections).toEqual([{ from: 'confidentality', to: 'confidentiality' }]);
    expect(understand('confid', u).corrections).toEqual([]);
    expect(themes('relapsd')).toContain('own-wellness');
  });
});

describe('ranking', () => {
  it('counts rare terms more than common ones', () => {
    expect(rarity(3, 92)).toBeGreaterThan(rarity(40, 92));
    expect(rarity(0, 92)).toBe(0);
  });
  it('ranks a clause matching more and rarer evidence first, and keeps every partial match', () => {
    const ranked = rankClauses(
      [
        {
          weight: 1,
          hits: [
            { id: 'a', score: 1 },
            { id: 'b', score: 1 },
            { id: 'c', score: 1 },
            { id: 'd', score: 1 },
          ],
        },
        { weight: 1, hits: [{ id: 'c', score: 2 }] },
        { weight: 1, hits: [], flat: true },
      ],
      92,
    );
    expect(ranked[0]?.id).toBe('c');
    expect(ranked.map((r) => r.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('topics, scenarios and dead ends', () => {
  it('splits a theme label into the parts that name it', () => {
    expect(labelParts('Gifts, money and loans')).toEqual(['Gifts', 'money', 'loans']);
  });
  it('knows how many codes address each theme, and links its page', () => {
    const gifts = knowledge.themes.find((theme) => theme.id === 'gifts-money');
    // Counted from the content, so a new code cannot make it false: DBHDS and Alaska among them.
    const withGifts = site.codes.filter((code) => code.clauses.some((c) => c.themes.includes('gifts-money')));
    expect(withGifts.map((code) => code.id)).toEqual(expect.arrayContaining(['dbhds-cprs', 'alaska-psp']));
    expect(gifts?.codes).toBe(withGifts.length);
    expect(gifts?.href).toBe('/themes/gifts-money/');
    expect(buildSearchKnowledge(site, lexicon, '/ethics/').themes[0]?.href).toMatch(/^\/ethics\/themes\//);
  });
  it('leads with the theme a query names', () => {
    expect(namedThemes(understand('gifts', u), knowledge, 1).map((t) => t.id)).toEqual(['gifts-money']);
    expect(namedThemes(understand('xylophone', u), knowledge, 1)).toEqual([]);
  });
  it('offers the scenario that fits a question, and none for an unrelated word', () => {
    expect(
      matchScenarios(understand('facebook friend request from a client', u), knowledge, 3).map((s) => s.id),
    ).toContain('friend-request');
    expect(
      matchScenarios(understand('can I date a former client', u), knowledge, 3).map((s) => s.id),
    ).toContain('former-client-asks-out');
    expect(matchScenarios(understand('xylophone', u), knowledge, 3)).toEqual([]);
  });
  it('offers the closest themes for a word that matches nothing', () => {
    expect(closestThemes('confidentialty rules', knowledge, 4).map((t) => t.id)).toEqual(
      expect.arrayContaining(['confidentiality']),
    );
    expect(closestThemes('xylophone', knowledge, 4)).toEqual([]);
  });
  it('says whether clauses have every word or only part of a question', () => {
    expect(statusText(4, 'money', false)).toBe('4 clauses match “money”.');
    expect(statusText(12, 'can I lend money', false, false)).toBe(
      '12 clauses for “can I lend money”, closest first.',
    );
    expect(statusText(0, 'xylophone', false)).toBe('No clause matches “xylophone”.');
  });
});

describe('common words', () => {
  it('are the stems in more than a third of the texts, each text counted once', () => {
    expect(commonStems(['peer peer peer', 'peer support', 'supporting gifts', 'dating'], 1 / 3)).toEqual([
      'peer',
      'support',
    ]);
    expect(commonStems([], 1 / 3)).toEqual([]);
    // In the real codes "peer" and "support" are, "not" is not.
    expect(knowledge.common).toEqual(expect.arrayContaining([stemKey('peer'), stemKey('support')]));
    expect(knowledge.common).not.toContain(stemKey('not'));
  });

  it('are not looked up beside other words, nor is a last word on the way to one', () => {
    const plan = understand('can I drink alcohol and still do peer support', u);
    expect(plan.terms.map((term) => term.text)).not.toContain('peer');
    expect(plan.terms.map((term) => term.text)).not.toContain('support');
    expect(plan.allWords).not.toMatch(/peer|support/);
    expect(plan.terms.map((term) => term.text)).toContain('alcohol');
    expect(terms('alcohol and peer supp')).not.toContain('supp');
    // A word in the middle that only starts like a common one is kept.
    expect(terms('supp alcohol')).toContain('supp');
  });

  it('are searched when the query has nothing else, so it never dead-ends', () => {
    const plan = understand('peer support', u);
    expect(plan.terms.map((term) => term.text)).toEqual(expect.arrayContaining(['peer', 'support']));
    expect(plan.allWords).toBe('peer support');
  });
});

describe('a last word still being typed', () => {
  it('is read as the known word it starts, and looked up as the prefix typed', () => {
    const plan = understand('is it ok to share something confid', u);
    expect(plan.themes.map((theme) => theme.id)).toContain('confidentiality');
    expect(plan.terms.map((term) => term.text)).toContain('confid');
    expect(plan.allWords).toBe('share confid');
    // The same question finished names the same theme.
    expect(understand('is it ok to share something confidential', u).themes.map((t) => t.id)).toContain(
      'confidentiality',
    );
  });
  it('is not looked up while it is one or two letters of no known word', () => {
    expect(understand('dating a cl', u).terms.map((term) => term.text)).not.toContain('cl');
    expect(understand('dating a cl', u).terms.map((term) => term.text)).toContain('dating');
    expect(understand('co', u).terms).toEqual([]);
    // "th" starts the commonest words of all: its lookup would score nearly every clause.
    expect(understand('th', u).terms).toEqual([]);
  });
  it('stays as typed when it starts no known word (a typo or a new word)', () => {
    expect(understand('zzqxvw', u).terms.map((term) => term.text)).toEqual(['zzqxvw']);
  });
});
