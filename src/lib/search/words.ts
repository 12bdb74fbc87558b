// Words as search compares them: lower case, apostrophes dropped ("don't" → "dont", "client's" → "client"),
// and a light stem so that "loan", "loans" and "lending"/"lend" meet. Shared by the build (search knowledge)
// and the browser (query understanding), so both sides cut words the same way.

/** The words of a text, lower-cased, possessive "'s" removed and other apostrophes dropped. */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .replace(/[’']/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
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
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length]!;
}
