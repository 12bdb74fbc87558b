// Suggestions for a mistyped address: the words of the path scored against each page's title and names.
// Pure, so the 404 page's script and the unit tests share it.
import type { PageEntry } from './pages-index';

const SECTION_KINDS: Record<string, PageEntry['kind']> = {
  themes: 'theme',
  codes: 'code',
  scenarios: 'scenario',
};
const NOISE = new Set([
  'index',
  'html',
  'htm',
  'php',
  'the',
  'and',
  'of',
  'a',
  'an',
  'to',
  'for',
  'in',
  'on',
  'with',
  'ethics',
]);

/** Lower-case words of a text: letters and digits, split on anything else. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The words a reader typed in a path, without section names, file endings or filler. */
export function pathWords(path: string, base = '/'): string[] {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    /* keep it as typed */
  }
  const rest = decoded.startsWith(base) ? decoded.slice(base.length) : decoded;
  return words(rest).filter(
    (word) => !NOISE.has(word) && !(word in SECTION_KINDS) && word !== 'compare' && word !== 'data',
  );
}

/** Edit distance counting a swap of two neighbouring letters as one edit; stops early above `max` (returns max + 1). */
export function distance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      let cost = Math.min(
        rows[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cost = Math.min(cost, rows[i - 2]![j - 2]! + 1);
      row[j] = cost;
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return Math.min(rows[a.length]![b.length]!, max + 1);
}

/** How well one typed word matches one word of a page: 3 exact, 2 prefix either way, 1.5 one typo, else 0. */
function wordScore(typed: string, word: string): number {
  if (typed === word) return 3;
  if (
    typed.length >= 3 &&
    (word.startsWith(typed) || typed.startsWith(word)) &&
    Math.min(typed.length, word.length) >= 3
  )
    return 2;
  if (typed.length >= 4 && distance(typed, word, 1) <= 1) return 1.5;
  return 0;
}

export interface Suggestion {
  entry: PageEntry;
  score: number;
}

/** The best pages for a mistyped path, best first; a page in the section the path named ranks higher. */
export function suggestPages(
  path: string,
  index: PageEntry[],
  options: { base?: string; limit?: number } = {},
): Suggestion[] {
  const { base = '/', limit = 5 } = options;
  const typed = pathWords(path, base);
  if (typed.length === 0) return [];
  const section = words(path.startsWith(base) ? path.slice(base.length) : path)[0] ?? '';
  const kind = SECTION_KINDS[section];
  return index
    .map((entry) => {
      const pageWords = [...new Set([entry.title, ...entry.names].flatMap(words))];
      const score = typed.reduce(
        (sum, word) => sum + Math.max(0, ...pageWords.map((candidate) => wordScore(word, candidate))),
        0,
      );
      return { entry, score: score > 0 && entry.kind === kind ? score + 1.5 : score };
    })
    .filter((suggestion) => suggestion.score >= 1.5)
    .sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title))
    .slice(0, limit);
}
