// Words the search index carries beside a clause's text, which no reader types: one per theme the clause
// addresses, and one every clause has. Looking one up loads the one index chunk that holds it. The other way
// to list a theme's clauses, a search with no words and a theme filter, makes pagefind load every chunk of the
// index: 2.1 MB per query at 500 codes. Shared by the build (records.ts) and the browser (smart-search.ts).

/** The word every clause record carries: with filters, it lists the clauses they allow. */
export const EVERY_CLAUSE_TOKEN = 'zzclausezz';

/**
 * The word of one theme. Underscores stay inside a word in pagefind's index (its `include_characters`), and
 * the closing "zz" keeps one theme's word from being the start of another's (pagefind matches prefixes).
 */
export function themeToken(themeId: string): string {
  return `zztheme_${themeId.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_zz`;
}

/** The word of one scenario, carried by every clause the scenario cites: one lookup finds them all. */
export function scenarioToken(scenarioId: string): string {
  return `zzscenario_${scenarioId.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_zz`;
}
