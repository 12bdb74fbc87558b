// Turns what a reader types ("can I date a former client?") into what to look for: the words that carry
// meaning, the codes' own words for the everyday ones (lexicon and theme synonyms), and the themes the
// question names. Pure; the browser runs it on every keystroke (client/search/smart-search.ts).
import type { ThemeReader } from '../theme-reading/model';
import type { SearchKnowledge } from './knowledge';
import {
  indexQuestions,
  matchQuestions,
  questionStems,
  type OwnerMatch,
  type QuestionIndex,
} from './questions';
import { correctWord, splitCompound, type Speller } from './spelling';
import { isNumber, stemKey, tokenize } from './words';

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
  /** A theme whose reader question the query matches whole, times the match's strength (0 to 1). */
  themeQuestion: 2,
} as const;

/** A question-bank match counts from this strength (share of the query a whole question covers). */
const QUESTION_MIN_STRENGTH = 0.4;

/**
 * A word in the reader questions of this many themes or more has several senses ("tell", "meeting"): its
 * lexicon and theme meanings count only when another word of the query supports that theme.
 */
const AMBIGUOUS_SPREAD = 3;

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
  /** Themes and scenarios whose reader questions the query matches, strongest first. */
  owners: OwnerMatch[];
  /** True when some word of the query is known to the site (its words, questions or an English word near them). */
  known: boolean;
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
  speller: Speller;
  questions: QuestionIndex;
  /** Stems with several senses (AMBIGUOUS_SPREAD). */
  ambiguous: Set<string>;
  /** Theme id → stems of its label, definition, phrases, lexicon words and reader questions. */
  support: Map<string, Set<string>>;
  /**
   * Reads a whole query as themes (lib/search/read-themes.ts); null until the model is loaded, which the browser
   * does for the first query long enough to be read whole (client/search/load-knowledge.ts).
   */
  themeReader: ThemeReader | null;
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
  const words = [
    ...new Set([
      ...knowledge.vocabulary,
      ...[...knowledge.lexicon.flatMap((entry) => entry.words), ...knowledge.themes.flatMap((t) => t.phrases)]
        .flatMap(tokenize)
        .filter((word) => word.length > 2),
    ]),
  ].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const common = new Set(knowledge.common);
  const questions = indexQuestions(knowledge.questions);
  // How many themes' reader questions use each stem: a stem used across many has several senses.
  const spread = new Map<string, Set<string>>();
  for (const question of knowledge.questions)
    if (question.kind === 'theme')
      for (const stem of questionStems(question.text))
        spread.set(stem, (spread.get(stem) ?? new Set()).add(question.id));
  const ambiguous = new Set(
    [...spread].filter(([, themes]) => themes.size >= AMBIGUOUS_SPREAD).map(([stem]) => stem),
  );
  // What supports a theme's sense: its own specific words (never common or ambiguous ones).
  const support = new Map<string, Set<string>>();
  const addSupport = (id: string, text: string) => {
    const stems = support.get(id) ?? new Set<string>();
    for (const stem of questionStems(text)) if (!common.has(stem) && !ambiguous.has(stem)) stems.add(stem);
    support.set(id, stems);
  };
  for (const theme of knowledge.themes)
    [theme.label, theme.definition, ...theme.phrases].forEach((text) => addSupport(theme.id, text));
  for (const entry of knowledge.lexicon)
    for (const id of entry.themes) entry.words.forEach((word) => addSupport(id, word));
  for (const question of knowledge.questions)
    if (question.kind === 'theme') addSupport(question.id, question.text);
  return {
    knowledge,
    phrases,
    longest,
    vocabulary,
    common,
    speller: { vocabulary, words, realWords: new Set(), compounds: new Map(knowledge.compounds) },
    questions,
    ambiguous,
    support,
    themeReader: null,
  };
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

/**
 * The query's last word, when it is no word the site knows but the start of some ("confid"): `completed` is the
 * shortest known word it starts that names something (a phrase of the lexicon or a theme), else the shortest it
 * starts; the query is read with it (themes, phrases, questions) and the index still gets the prefix typed. A
 * last word of one or two letters that is no known word says nothing yet: `completed` is null and it is not
 * looked up (a short prefix is the index's costliest lookup). Null when the last word is complete, a stop word,
 * or starts no known word (a typo or a new word: read as it is).
 */
function readPartial(words: string[], u: Understanding): { typed: string; completed: string | null } | null {
  const typed = words.at(-1);
  if (!typed || STOP_WORDS.has(typed) || isNumber(typed)) return null;
  const key = stemKey(typed);
  if (u.phrases.has(key)) return null;
  // Two letters are a known word only as a phrase of their own ("aa"), not as part of one ("co" of "co-worker").
  if (typed.length < 3) return { typed, completed: null };
  if (u.vocabulary.has(key) || u.speller.realWords.has(typed)) return null;
  if (typed.length < 4) return null;
  const completions = u.speller.words.filter((word) => word.startsWith(typed));
  if (completions.length === 0) return null;
  const naming = completions.find((word) => u.phrases.has(stemKey(word)));
  return { typed, completed: naming ?? completions[0]! };
}

/** `correct: false` searches the words as typed ("Search instead for …"). */
export function understand(query: string, u: Understanding, { correct = true } = {}): QueryPlan {
  // "used to" reads as "former" ("someone I used to support"): the codes' word for it.
  const tokens = tokenize(query).flatMap((token, index, all) =>
    token === 'used' && all[index + 1] === 'to'
      ? ['former']
      : token === 'to' && all[index - 1] === 'used'
        ? []
        : [token],
  );
  const corrections: QueryPlan['corrections'] = [];
  // Typos first, so a misspelt phrase word ("relapsd") still meets its phrase.
  // A compound typed closed first ("rolemodel"): two words a little apart are not a typo of one.
  const words = tokens.flatMap((token) => {
    if (STOP_WORDS.has(token) || !correct) return [token];
    const fixed = splitCompound(token, u.speller) ?? correctWord(token, u.speller);
    if (!fixed) return [token];
    corrections.push({ from: token, to: fixed });
    return tokenize(fixed);
  });
  // The last word may still be being typed ("confid"): read it as the known word it starts, or not at all yet.
  const partial = readPartial(words, u);
  if (partial?.completed === null) words.pop();
  else if (partial) words[words.length - 1] = partial.completed;
  const keys = words.map(stemKey);
  const terms = new Map<string, number>();
  const themes = new Map<string, number>();
  let meaningful: string[] = [];
  const addTerm = (text: string, weight: number) => {
    const cleaned = contentWords(tokenize(text)).join(' ');
    if (cleaned) terms.set(cleaned, Math.max(terms.get(cleaned) ?? 0, weight));
  };
  const addTheme = (id: string, weight: number) => themes.set(id, Math.max(themes.get(id) ?? 0, weight));
  // A theme counts for a word of several senses only when another word of the query supports it.
  const supported = (id: string, except: string[]) =>
    keys.some((key) => !except.includes(key) && (u.support.get(id)?.has(key) ?? false));

  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let length = Math.min(u.longest, words.length - i); length >= 1 && !matched; length--) {
      const meanings = u.phrases.get(keys.slice(i, i + length).join(' '));
      if (!meanings) continue;
      matched = length;
      const phraseWords = contentWords(words.slice(i, i + length));
      if (meanings.every((meaning) => meaning.kind === 'filler')) continue;
      meaningful.push(...phraseWords);
      const phraseKeys = keys.slice(i, i + length);
      // Phrases win: a phrase of two words or more has one sense. A single word may have several.
      const several = length === 1 && u.ambiguous.has(phraseKeys[0]!);
      const counts = (id: string) => !several || supported(id, phraseKeys);
      const read = meanings.filter(
        (meaning) =>
          meaning.kind === 'filler' ||
          (meaning.kind === 'theme'
            ? counts(meaning.id)
            : meaning.themes.length === 0 || meaning.themes.some(counts)),
      );
      for (const word of phraseWords)
        addTerm(
          word,
          read.some((m) => m.kind === 'theme') || read.length === 0 ? WEIGHTS.word : WEIGHTS.phraseWord,
        );
      for (const meaning of read) {
        if (meaning.kind === 'lexicon') {
          for (const text of meaning.means) addTerm(text, WEIGHTS.means);
          for (const id of meaning.themes) if (counts(id)) addTheme(id, WEIGHTS.themeLexicon);
        } else if (meaning.kind === 'theme') addTheme(meaning.id, WEIGHTS.themeNamed);
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = words[i]!;
    // One letter says nothing yet ("can I d…"), and its prefix lookup is the costliest the index has. Numbers
    // ("911") are never looked up: every clause label is one.
    if (!STOP_WORDS.has(word) && word.length > 1 && !isNumber(word)) {
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

  // Whole questions: the themes and scenarios whose reader questions the query matches.
  // Common words ("peer support") never name a theme, in questions as elsewhere.
  const askedStems = questionStems(words.join(' ')).filter((stem) => !u.common.has(stem));
  const owners = matchQuestions(askedStems, u.questions).filter(
    (owner) => owner.strength >= QUESTION_MIN_STRENGTH,
  );
  // A single word is a keyword, read by the theme names and the lexicon; a question of two words or more
  // also names the themes whose questions it matches.
  const themeOwners = askedStems.length >= 2 ? owners.filter((owner) => owner.kind === 'theme') : [];
  const strongest = themeOwners[0]?.strength ?? 0;
  for (const owner of themeOwners.slice(0, 2))
    if (owner.strength >= strongest * 0.75) addTheme(owner.id, WEIGHTS.themeQuestion * owner.strength);

  // Nothing but question words ("what if", "can I") looks nothing up: such a lookup scores every clause (over
  // 15 s at 500 codes) and narrows nothing; the reader is asked to keep typing.
  // The completed last word is looked up as typed: the index matches prefixes.
  if (partial?.completed) {
    const { typed, completed } = partial;
    const asTyped = (text: string) =>
      text
        .split(' ')
        .map((word) => (word === completed ? typed : word))
        .join(' ');
    for (const [text, weight] of [...terms]) {
      const changed = asTyped(text);
      if (changed === text) continue;
      terms.delete(text);
      terms.set(changed, Math.max(terms.get(changed) ?? 0, weight));
    }
    meaningful = meaningful.map(asTyped);
  }
  const known = words.some(
    (word) =>
      !isNumber(word) &&
      (u.vocabulary.has(stemKey(word)) ||
        u.speller.realWords.has(word) ||
        u.questions.documents.has(stemKey(word)) ||
        u.phrases.has(stemKey(word)) ||
        (word.length >= 3 && u.speller.words.some((known) => known.startsWith(word)))),
  );
  const byWeight = <T extends { weight: number }>(list: T[]) => list.sort((a, b) => b.weight - a.weight);
  return {
    allWords: meaningful.join(' '),
    terms: byWeight([...terms].map(([text, weight]) => ({ text, weight }))),
    themes: byWeight([...themes].map(([id, weight]) => ({ id, weight }))),
    stems: [...new Set(meaningful.map(stemKey))],
    corrections,
    owners,
    known,
  };
}
