// The one place the scenario check calls the site's query layer (src/lib/search/) and the tag suggester
// (src/authoring/tagging/): which clauses would a reader searching with a scenario's words be shown? The query layer
// reads each text as the search page does (understand), terms are looked up in an in-memory index of the clause
// texts (memory-index.ts) instead of pagefind (which exists only after the build), and the clauses are ranked as the
// search page ranks them (rankClauses). The suggester adds the clauses tagged on the themes it proposes for the text.
import type { SiteData } from '../content/model';
import type { Lexicon } from '../../schemas/lexicon';
import { buildSearchKnowledge } from '../search/knowledge';
import { rankClauses, type Evidence } from '../search/rank';
import { prepare, understand } from '../search/understand';
import { memoryIndex } from '../search/memory-index';
import { reviewedClauses, themeWords } from '../../authoring/tagging/corpus';
import { trainSuggester } from '../../authoring/tagging/suggester';

/** How many clauses are proposed for a scenario. */
export const PROPOSALS_PER_SCENARIO = 10;
/** How many of the suggester's best themes add their clauses, and with what weight against one search term. */
const SUGGESTED_THEMES = 2;
const SUGGESTED_THEME_WEIGHT = 1;

/**
 * The clauses proposed for a scenario's texts, `code-id:clause-id` keys, best first. `codes` limits the proposals
 * to the codes the scenario was weighed against, with the search and the suggester trained on those codes alone,
 * so that publishing another code neither adds its clauses nor reshuffles the others' ranks for that scenario.
 */
export type ClauseProposer = (texts: string[], codes?: readonly string[]) => string[];

/** Trains once per set of codes asked for (the whole site by default), on first use of that set. */
export function clauseProposer(
  site: SiteData,
  lexicon: Lexicon,
  limit = PROPOSALS_PER_SCENARIO,
): ClauseProposer {
  const trained = new Map<string, (texts: string[]) => string[]>();
  return (texts, codes) => {
    const key = codes ? [...codes].sort().join(' ') : '';
    let propose = trained.get(key);
    if (!propose) {
      const scope = codes ? { ...site, codes: site.codes.filter((code) => codes.includes(code.id)) } : site;
      propose = trainProposer(scope, lexicon, limit);
      trained.set(key, propose);
    }
    return propose(texts);
  };
}

function trainProposer(site: SiteData, lexicon: Lexicon, limit: number): (texts: string[]) => string[] {
  const understanding = prepare(buildSearchKnowledge(site, lexicon, '/'));
  // Reviewed codes only: a draft's clauses and tags are proposals themselves, and importing a code must not stop
  // the build until every scenario has weighed it.
  const index = memoryIndex(site.codes.filter((code) => code.data.status !== 'draft'));
  const suggester = trainSuggester(reviewedClauses(site), themeWords(site, lexicon));

  return (texts) => {
    const evidence: Evidence[] = [];
    for (const text of texts) {
      const plan = understand(text, understanding);
      for (const term of plan.terms) evidence.push({ weight: term.weight, hits: index.lookup(term.text) });
      for (const theme of plan.themes)
        evidence.push({ weight: theme.weight, hits: index.onTheme(theme.id), flat: true });
      for (const { theme } of suggester.propose(text).ranking.slice(0, SUGGESTED_THEMES))
        evidence.push({ weight: SUGGESTED_THEME_WEIGHT, hits: index.onTheme(theme), flat: true });
    }
    return rankClauses(evidence, index.clauses)
      .slice(0, limit)
      .map((ranked) => ranked.id);
  };
}
