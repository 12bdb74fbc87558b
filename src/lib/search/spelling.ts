// Typo correction: a word that is neither a site word nor an English word (the build's list of English
// words near the site's, lib/search/real-words.ts) becomes the closest site word, by Damerau distance
// ("accpet" → "accept"). Real words are never rewritten ("night" stays "night"). A compound typed closed
// becomes the two words the site writes ("nonjudgmental" → "non-judgmental", "peersupport" → "peer support"). Pure.
import { damerauDistance, isNumber, stemKey } from './words';

/** How many edits a typed word may be from its correction: none under 5 letters, 1 up to 7, then 2. */
export function correctionCap(word: string): number {
  if (word.length < 5) return 0;
  return word.length >= 8 ? 2 : 1;
}

export interface Speller {
  /** Stem → a site word with that stem. */
  vocabulary: Map<string, string>;
  /**
   * Every site word as written, each form of a stem ("date", "dating"), shortest first: a word being typed is the
   * start of one of them, even when `vocabulary` keeps another form of its stem.
   */
  words: readonly string[];
  /** English words near the site's vocabulary, which are never corrected; filled once loaded. */
  realWords: Set<string>;
  /** True once realWords is loaded: until then a correction is only provisional. */
  realWordsLoaded?: boolean;
  /** A compound the site writes with a hyphen, typed closed → as the site writes it ("selfcare" → "self-care"). */
  compounds: ReadonlyMap<string, string>;
}

/** Each part of a compound split at a space has at least this many letters (as the vocabulary's words do). */
const COMPOUND_PART = 4;

/** Where `word` splits into two parts that `known` knows, each of `COMPOUND_PART` letters or more; else null. */
export function splitInTwo(word: string, known: (part: string) => boolean): [string, string] | null {
  for (let cut = COMPOUND_PART; cut <= word.length - COMPOUND_PART; cut++) {
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    if (known(left) && known(right)) return [left, right];
  }
  return null;
}

/**
 * A compound typed as one word that the site writes as two: as the site hyphenates it ("nonjudgmental" →
 * "non-judgmental", even when the closed form is English too: it is the same word), else two site words when the
 * typed word is neither a site word nor an English word ("peersupport" → "peer support"). Null otherwise.
 */
export function splitCompound(word: string, speller: Speller): string | null {
  if (speller.vocabulary.has(stemKey(word))) return null;
  const hyphenated = speller.compounds.get(word);
  if (hyphenated) return hyphenated;
  if (speller.realWords.has(word) || isNumber(word) || /\d/.test(word)) return null;
  return splitInTwo(word, (part) => speller.vocabulary.has(stemKey(part)))?.join(' ') ?? null;
}

/** The site word a typo stands for, or null when the word is known, real, still being typed or too far. */
export function correctWord(word: string, speller: Speller): string | null {
  const cap = correctionCap(word);
  if (cap === 0 || isNumber(word) || /\d/.test(word)) return null;
  if (speller.vocabulary.has(stemKey(word)) || speller.realWords.has(word)) return null;
  // A word still being typed ("confid") is the start of a known word, not a typo: the index finds prefixes.
  if (speller.words.some((known) => known.startsWith(word))) return null;
  let best: { word: string; distance: number } | null = null;
  for (const [stem, known] of speller.vocabulary) {
    if (Math.abs(stem.length - word.length) > cap + 3) continue;
    for (const candidate of [known, stem]) {
      const distance = damerauDistance(word, candidate, cap);
      if (distance <= cap && (!best || distance < best.distance)) best = { word: known, distance };
    }
  }
  return best?.word ?? null;
}
