// Typo correction: a word that is neither a site word nor an English word (the build's list of English
// words near the site's, lib/search/real-words.ts) becomes the closest site word, by Damerau distance
// ("accpet" → "accept"). Real words are never rewritten ("night" stays "night"). Pure.
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
