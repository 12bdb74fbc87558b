// /data/code-index.json: every code's names and address, small enough for the /codes/ filter box and the search
// page's code picker to load on use (about 150 bytes a code) instead of every page listing every code.
// The matching is pure and dependency-free, so the browser modules import it without pulling in the model.

/** One code in the index. */
export interface CodeIndexEntry {
  /** Code id, the URL slug. */
  id: string;
  /** Full title, as on the code page. */
  title: string;
  /** Short title: the label the search index filters by (`code=Alaska+PSP`). */
  shortTitle: string;
  /** Issuing body. */
  issuer: string;
  /** The code page, with the site's base path. */
  url: string;
}

export interface CodeIndexFile {
  codes: CodeIndexEntry[];
}

/** Lower case without accents, for matching what a reader types against names. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The codes whose title, short title, issuer or id contain every word of the query, in index order except that
 * codes whose short title or title starts with the query come first. An empty query matches nothing.
 */
export function matchCodes(codes: readonly CodeIndexEntry[], query: string): CodeIndexEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const whole = words.join(' ');
  const matches = codes.filter((code) => {
    const haystack = fold(`${code.title} ${code.shortTitle} ${code.issuer} ${code.id}`);
    return words.every((word) => haystack.includes(word));
  });
  const leading = (code: CodeIndexEntry) =>
    fold(code.shortTitle).startsWith(whole) || fold(code.title).startsWith(whole);
  return [...matches.filter(leading), ...matches.filter((code) => !leading(code))];
}

/** The entry whose short title is `label` (the search filter's value), ignoring case; undefined if none. */
export function codeByLabel(codes: readonly CodeIndexEntry[], label: string): CodeIndexEntry | undefined {
  const wanted = fold(label.trim());
  return codes.find((code) => fold(code.shortTitle) === wanted);
}
