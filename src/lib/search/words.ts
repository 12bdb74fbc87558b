// Words as search compares them: lower case, apostrophes dropped ("don't" → "dont", "client's" → "client"),
// and a light stem so that "loan", "loans" and "lending"/"lend" meet. Shared by the build (search knowledge)
// and the browser (query understanding), so both sides cut words the same way.

/** Contractions read as the words they stand for: "doesn't" → "does not", "can't" → "can not". */
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan[’']t\b/g, 'can not'],
  [/\bwon[’']t\b/g, 'will not'],
  [/\bshan[’']t\b/g, 'shall not'],
  [/\bain[’']t\b/g, 'is not'],
  [/n[’']t\b/g, ' not'],
  [/[’'](?:re|ve|ll|d|m)\b/g, ''],
];

/**
 * The words of a text, lower-cased: contractions read ("doesn't" → "does not"), possessive "'s" removed and
 * other apostrophes dropped ("dont" typed without one stays "dont").
 */
export function tokenize(text: string): string[] {
  let lower = text.toLowerCase();
  for (const [pattern, words] of CONTRACTIONS) lower = lower.replace(pattern, words);
  return (
    lower
      .replace(/[’']s\b/g, '')
      .replace(/[’']/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** True for a token of digits only ("911", "2"): never looked up, since clause labels are numbers. */
export function isNumber(token: string): boolean {
  return /^\d+$/.test(token);
}

/**
 * A rough English stem, only to compare words with each other (never shown, never sent to the index, which
 * stems on its own): "dating"/"date"/"dated" → "dat", "loans" → "loan", "stressed" → "stress".
 */
export function stemKey(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (!w.endsWith(suffix)) continue;
    if (suffix === 's' && /(?:ss|us|is)$/.test(w)) break;
    const rest = w.slice(0, -suffix.length);
    if (rest.length >= 3) w = rest;
    break;
  }
  return w;
}

/** Levenshtein distance, capped: returns cap + 1 as soon as the distance is known to exceed cap. */
export function editDistance(a: string, b: string, cap = 2): number {
  return cappedDistance(a, b, cap, false);
}

/**
 * Damerau distance (optimal string alignment), capped: like editDistance, but a swap of two neighbouring
 * letters ("accpet" → "accept") counts as one edit.
 */
export function damerauDistance(a: string, b: string, cap = 2): number {
  return cappedDistance(a, b, cap, true);
}

/** One dynamic-programming table for both distances; `swaps` counts a neighbouring transposition as one edit. */
function cappedDistance(a: string, b: string, cap: number, swaps: boolean): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
