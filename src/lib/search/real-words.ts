// The English words a typo fixer must leave alone: words of an English dictionary that are a small edit away
// from the site's vocabulary ("night" beside "right", "tired" beside "fired"). Computed at build time from a
// maintained word list, so the browser gets only these few thousand words, not the whole dictionary, and never
// "corrects" a real word into a site word, nor splits one into two ("cardboard" is not "card board"). Pure.
import { correctionCap, splitInTwo } from './spelling';
import { damerauDistance, stemKey } from './words';

/** Every string made by deleting up to `depth` letters of `word` (the word itself included). */
function deletes(word: string, depth: number): Set<string> {
  const out = new Set([word]);
  let frontier = [word];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const item of frontier)
      for (let i = 0; i < item.length; i++) {
        const shorter = item.slice(0, i) + item.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    frontier = next;
  }
  return out;
}

/**
 * Dictionary words, not in the vocabulary, within the typo fixer's reach of a vocabulary word (Damerau
 * distance within correctionCap of the typed word's length; symmetric deletes find the candidates), or made of
 * two vocabulary words (spelling.ts `splitCompound` would split them).
 */
export function nearRealWords(vocabulary: string[], dictionary: Iterable<string>): string[] {
  const known = new Set(vocabulary);
  const knownStems = new Set(vocabulary.map(stemKey));
  const byDelete = new Map<string, string[]>();
  for (const word of known)
    for (const key of deletes(word, 2)) byDelete.set(key, [...(byDelete.get(key) ?? []), word]);
  const near: string[] = [];
  for (const raw of dictionary) {
    const word = raw.trim().toLowerCase();
    const cap = correctionCap(word);
    if (cap === 0 || known.has(word) || !/^[a-z]+$/.test(word)) continue;
    let found = false;
    for (const key of deletes(word, cap)) {
      for (const candidate of byDelete.get(key) ?? [])
        if (damerauDistance(word, candidate, cap) <= cap) {
          found = true;
          break;
        }
      if (found) break;
    }
    if (found || splitInTwo(word, (part) => knownStems.has(stemKey(part)))) near.push(word);
  }
  return near.sort();
}
