// Turns what a reader types ("can I date a former client?") into what to look for: the words that carry
// meaning, the codes' own words for the everyday ones (lexicon and theme synonyms), and the themes the
// question names. Pure; the browser runs it on every keystroke (client/search/smart-search.ts).
import type { SearchKnowledge } from './knowledge';
import { editDistance, stemKey, tokenize } from './words';

/** Words too common to narrow a search, besides the lexicon's filler. */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by did do does for from had has have he her him his how i if in into is it its me ' +
    'my myself of on or our she so than that the their them then there these they this those to too us was we were what ' +
    'when where which who whom why will with would you your am can could should may might must shall just very get got'
  ).split(' '),
);

/** How much each kind of evidence counts when clauses are ranked (lib/search/rank.ts). */
const WEIGHTS = {
  /** A word the reader typed. */
  word: 1,
  /** A word of a lexicon phrase the reader typed ("lend" in "lend money"): kept, but the meaning counts more. */
  phraseWord: 0.5,
  /** The codes' word for the reader's word (lexicon `means`). */
  means: 0.8,
  /** A theme named by its label or a synonym ("gifts", "dating"). */
  themeNamed: 1.5,
  /** A theme reached through the lexicon ("facebook" → records). */
  themeLexicon: 1,
} as const;

export interface QueryTerm {
  /** Words sent to the index together (it matches all of them). */
  text: string;
  weight: number;
}

export interface ThemeHit {
  id: string;
  weight: number;
}

export interface QueryPlan {
  /** The reader's meaningful words, joined: when they all match one clause, it ranks first. */
  allWords: string;
  /** Every term to look up, each ranked on its own; strongest first. */
  terms: QueryTerm[];
  /** Themes the query names, strongest first. */
  themes: ThemeHit[];
  /** Stems of the reader's meaningful words (scenario matching). */
  stems: string[];
  /** Words read as typos of a known word. */
  corrections: { from: string; to: string }[];
}

type Meaning =
  { kind: 'filler' } | { kind: 'lexicon'; means: string[]; themes: string[] } | { kind: 'theme'; id: string };

export interface Understanding {
  knowledge: SearchKnowledge;
  /** Phrase (joined stems) → what it means. */
  phrases: Map<string, Meaning[]>;
  longest: number;
  /** Stems of the vocabulary → a word with that stem. */
  vocabulary: Map<string, string>;
  /** Stems of words too common to narrow a search beside other words (SearchKnowledge.common). */
  common: Set<string>;
}

/** Indexes the knowledge's phrases once; every keystroke then only looks up. */
export function prepare(knowledge: SearchKnowledge): Understanding {
  const phrases = new Map<string, Meaning[]>();
  let longest = 1;
  const add = (phrase: string, meaning: Meaning) => {
    const keys = tokenize(phrase).map(stemKey);
    if (keys.length === 0) return;
    longest = Math.max(longest, keys.length);
    const key = keys.join(' ');
    phrases.set(key, [...(phrases.get(key) ?? []), meaning]);
  };
  for (const phrase of knowledge.filler) add(phrase, { kind: 'filler' });
  for (const entry of knowledge.lexicon)
    for (const word of entry.words) add(word, { kind: 'lexicon', means: entry.means, themes: entry.themes });
  for (const theme of knowledge.themes)
    for (const phrase of theme.phrases) add(phrase, { kind: 'theme', id: theme.id });
  const vocabulary = new Map<string, string>();
  for (const word of knowledge.vocabulary)
    if (!vocabulary.has(stemKey(word))) vocabulary.set(stemKey(word), word);
  for (const key of phrases.keys())
    for (const part of key.split(' ')) if (!vocabulary.has(part)) vocabulary.set(part, part);
  return { knowledge, phrases, longest, vocabulary, common: new Set(knowledge.common) };
}

/**
 * A word in so many clauses that it narrows nothing (SearchKnowledge.common); the query's last word, perhaps
 * still being typed, also when it is the start of one ("supp" on the way to "support").
 */
function isCommon(word: string, last: boolean, common: Set<string>): boolean {
  const key = stemKey(word);
  if (common.has(key)) return true;
  return last && [...common].some((stem) => stem.length > key.length && stem.startsWith(key));
}

/** The words of a phrase that are worth searching for. */
function contentWords(words: string[]): string[] {
  return words.filter((word) => !STOP_WORDS.has(word));
}

/** A known word one or two edits away from an unknown one ("confidentality" → "confidentiality"); else null. */
function correct(word: string, u: Understanding): string | null {
  if (word.length < 5 || /\d/.test(word) || u.vocabulary.has(stemKey(word))) return null;
  // A word still being typed ("confid") is the start of a known word, not a typo: the index finds prefixes.
  for (const known of u.vocabulary.values()) if (known.startsWith(word)) return null;
  const cap = word.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number } | null = null;
  for (const [stem, known] of u.vocabulary) {
    if (Math.abs(stem.length - word.length) > cap + 3) continue;
    for (const candidate of [known, stem]) {
      const distance = editDistance(word, candidate, cap);
      if (distance <= cap && (!best || distance < best.distance)) best = { word: known, distance };
    }
  }
  return best?.word ?? null;
}

export function understand(query: string, u: Understanding): QueryPlan {
  const tokens = tokenize(query);
  const corrections: QueryPlan['corrections'] = [];
  // Typos first, so a misspelt phrase word ("relapsd") still meets its phrase.
  const words = tokens.map((token) => {
    if (STOP_WORDS.has(token)) return token;
    const fixed = correct(token, u);
    if (!fixed) return token;
    corrections.push({ from: token, to: fixed });
    return fixed;
  });
  const keys = words.map(stemKey);
  const terms = new Map<string, number>();
  const themes = new Map<string, number>();
  let meaningful: string[] = [];
  const addTerm = (text: string, weight: number) => {
    const cleaned = contentWords(tokenize(text)).join(' ');
    if (cleaned) terms.set(cleaned, Math.max(terms.get(cleaned) ?? 0, weight));
  };
  const addTheme = (id: string, weight: number) => themes.set(id, Math.max(themes.get(id) ?? 0, weight));

  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let length = Math.min(u.longest, words.length - i); length >= 1 && !matched; length--) {
      const meanings = u.phrases.get(keys.slice(i, i + length).join(' '));
      if (!meanings) continue;
      matched = length;
      const phraseWords = contentWords(words.slice(i, i + length));
      if (meanings.every((meaning) => meaning.kind === 'filler')) continue;
      meaningful.push(...phraseWords);
      for (const word of phraseWords)
        addTerm(word, meanings.some((m) => m.kind === 'theme') ? WEIGHTS.word : WEIGHTS.phraseWord);
      for (const meaning of meanings) {
        if (meaning.kind === 'lexicon') {
          for (const text of meaning.means) addTerm(text, WEIGHTS.means);
          for (const id of meaning.themes) addTheme(id, WEIGHTS.themeLexicon);
        } else if (meaning.kind === 'theme') addTheme(meaning.id, WEIGHTS.themeNamed);
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = words[i]!;
    // One letter says nothing yet ("can I d…"), and its prefix lookup is the costliest the index has.
    if (!STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word))) {
      meaningful.push(word);
      addTerm(word, WEIGHTS.word);
    }
    i += 1;
  }
  // Common words count only when the reader's query has nothing else ("peer support"): then they are all there
  // is. Beside other words, they and the lookups built on them ("peers serve") are left out; themes stay.
  const last = words.at(-1);
  const common = (word: string) => isCommon(word, word === last, u.common);
  if (meaningful.some((word) => !common(word))) {
    for (const text of [...terms.keys()]) if (text.split(' ').some(common)) terms.delete(text);
    meaningful = meaningful.filter((word) => !common(word));
  }

  // Nothing but question words ("what if", "can I"): search what was typed, so the reader still sees something.
  const searchable = tokens.filter((token) => token.length > 1 || /\d/.test(token));
  if (terms.size === 0 && themes.size === 0 && searchable.length > 0)
    terms.set(searchable.join(' '), WEIGHTS.word);
  const byWeight = <T extends { weight: number }>(list: T[]) => list.sort((a, b) => b.weight - a.weight);
  return {
    allWords: meaningful.join(' '),
    terms: byWeight([...terms].map(([text, weight]) => ({ text, weight }))),
    themes: byWeight([...themes].map(([id, weight]) => ({ id, weight }))),
    stems: [...new Set(meaningful.map(stemKey))],
    corrections,
  };
}
