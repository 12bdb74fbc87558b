// The clause index in memory, for what runs where pagefind's index does not exist yet or without a browser: the
// scenario check (own-words/scenario-proposals.ts) and the clause-ranking measure (tools/lib/). A term finds the
// clauses holding every one of its words' stems; pagefind also matches prefixes and scores its matches, here every
// match scores 1. Ids are `code-id:clause-id`.
import type { Code, Scenario } from '../content/model';
import type { Hit } from './rank';
import { stemKey, tokenize } from './words';

export interface MemoryIndex {
  /** Clauses indexed. */
  clauses: number;
  /** The clauses holding every word of `text` (none for a text without words). */
  lookup: (text: string) => Hit[];
  /** The clauses addressing a theme, as the index's theme token finds them (records.ts). */
  onTheme: (theme: string) => Hit[];
  /** The clauses a scenario cites, as the index's scenario token finds them. */
  citedBy: (scenario: string) => Hit[];
}

export function memoryIndex(codes: readonly Code[], scenarios: readonly Scenario[] = []): MemoryIndex {
  const clauses = codes.flatMap((code) =>
    code.clauses.map((clause) => ({
      id: `${code.id}:${clause.id}`,
      themes: clause.themes,
      stems: new Set(tokenize(`${clause.leadIn ?? ''} ${clause.text}`).map(stemKey)),
    })),
  );
  const indexed = new Set(clauses.map((clause) => clause.id));
  const hit = (id: string): Hit => ({ id, score: 1 });
  return {
    clauses: clauses.length,
    lookup(text) {
      const wanted = tokenize(text).map(stemKey);
      if (wanted.length === 0) return [];
      return clauses
        .filter((clause) => wanted.every((stem) => clause.stems.has(stem)))
        .map(({ id }) => hit(id));
    },
    onTheme: (theme) => clauses.filter((clause) => clause.themes.includes(theme)).map(({ id }) => hit(id)),
    citedBy: (id) =>
      (scenarios.find((scenario) => scenario.id === id)?.data.clauses ?? [])
        .filter((ref) => indexed.has(ref))
        .map(hit),
  };
}
