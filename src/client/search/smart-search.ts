// Runs a reader's query through the query layer (lib/search/understand.ts) and pagefind: one lookup per
// term, one per theme the query names, and one of all its words together; then ranks the clauses
// (lib/search/rank.ts). Lookups are cached, so typing a question reuses what the earlier keystrokes found.
import type { KnowledgeScenario, KnowledgeTheme } from '../../lib/search/knowledge';
import type {
  FilterCounts,
  PagefindApi,
  PagefindResult,
  PagefindSearch,
} from '../../lib/search/pagefind-api';
import { EVERY_CLAUSE_TOKEN, scenarioToken, themeToken } from '../../lib/search/index-tokens';
import { pagefindFilters, type SearchState } from '../../lib/search/query';
import { queryEvidence, trustedScenarios } from '../../lib/search/evidence';
import { aboveFloor, rankClauses } from '../../lib/search/rank';
import { readsWhole, themesRead } from '../../lib/search/read-themes';
import { closestScenarios, closestThemes, matchScenarios, namedThemes } from '../../lib/search/topics';
import { understand, type QueryPlan, type Understanding } from '../../lib/search/understand';
import { loadRealWords, loadThemeModel } from './load-knowledge';

export interface SmartSearch {
  plan: QueryPlan | null;
  /** Clauses, best first. */
  results: PagefindResult[];
  /** True when one clause or more has every meaningful word of the query. */
  allWordsMatched: boolean;
  /** Per filter value among the results, when exact (else null: the UI shows no counts). */
  filters: FilterCounts | null;
  topics: KnowledgeTheme[];
  scenarios: KnowledgeScenario[];
  /** Themes to offer when nothing matched. */
  closest: KnowledgeTheme[];
  /** Scenarios to offer when nothing matched. */
  closestScenarios: KnowledgeScenario[];
}

const CACHE_LIMIT = 300;

/** A search with nothing to look up: no clause, and what is closest to offer instead. */
function nothingFound(
  plan: QueryPlan,
  closest: SmartSearch['closest'],
  closestScenarioList: SmartSearch['closestScenarios'],
): SmartSearch {
  return {
    plan,
    results: [],
    allWordsMatched: false,
    filters: null,
    topics: [],
    scenarios: [],
    closest,
    closestScenarios: closestScenarioList,
  };
}

export class SmartSearcher {
  private readonly cache = new Map<string, Promise<PagefindSearch>>();

  constructor(
    private readonly pagefind: PagefindApi,
    private readonly understanding: Understanding,
  ) {}

  private lookup(term: string | null, filters: Record<string, { any: string[] }>): Promise<PagefindSearch> {
    const key = JSON.stringify([term, filters]);
    let found = this.cache.get(key);
    if (!found) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
      found = this.pagefind.search(term, { filters });
      this.cache.set(key, found);
      found.catch(() => this.cache.delete(key));
    }
    return found;
  }

  async search(state: SearchState, topicLimit: number, scenarioLimit: number): Promise<SmartSearch> {
    const filters = pagefindFilters(state.filters);
    const { knowledge } = this.understanding;
    if (!state.q) {
      // Not a search without words: pagefind would load every chunk of the index (index-tokens.ts).
      const search = await this.lookup(EVERY_CLAUSE_TOKEN, filters);
      return {
        plan: null,
        results: search.results,
        allWordsMatched: true,
        filters: search.filters,
        topics: [],
        scenarios: [],
        closest: [],
        closestScenarios: [],
      };
    }
    let plan = understand(state.q, this.understanding, { correct: !state.typed });
    // A word to correct: first make sure it is not an English word (the list is fetched on first need).
    if (plan.corrections.length > 0 && !this.understanding.speller.realWordsLoaded) {
      await loadRealWords(this.understanding).catch(() => undefined);
      plan = understand(state.q, this.understanding, { correct: !state.typed });
    }
    if (plan.terms.length === 0 && plan.themes.length === 0) return nothingFound(plan, [], []);
    // No word the site knows ("zzqxv"): nothing to look up; offer the closest themes and scenarios.
    if (!plan.known)
      return nothingFound(plan, closestThemes(state.q, knowledge, 4), closestScenarios(plan, knowledge, 2));
    // The themes the query names, and those the theme model reads it as (read-themes.ts): looked up, and
    // matched against scenarios; the topics offered stay those the words name. A query of a few words fetches
    // the model first; if it cannot load, the words alone are read.
    const whole = readsWhole(plan);
    if (whole && !this.understanding.themeReader)
      await loadThemeModel(this.understanding).catch(() => undefined);
    const reading = whole ? (this.understanding.themeReader?.read(state.q) ?? null) : null;
    const read = { ...plan, themes: themesRead(plan, reading) };
    const scenarios = matchScenarios(read, knowledge, scenarioLimit);
    const trusted = trustedScenarios(plan, scenarios);
    // A theme filter chosen by the reader already narrows to one theme: theme lookups would replace it.
    const themeLookups = state.filters.theme.length > 0 ? [] : read.themes;
    const [all, terms, themes, cited] = await Promise.all([
      plan.allWords ? this.lookup(plan.allWords, filters) : Promise.resolve(null),
      Promise.all(plan.terms.map((term) => this.lookup(term.text, filters))),
      Promise.all(themeLookups.map(({ id }) => this.lookup(themeToken(id), filters))),
      Promise.all(trusted.map(({ id }) => this.lookup(scenarioToken(id), filters))),
    ]);
    const evidence = queryEvidence(plan, themeLookups, {
      all: all?.results ?? null,
      terms: terms.map((search) => search.results),
      themes: themes.map((search) => search.results),
      cited: cited.map((search) => search.results),
    });
    const byId = new Map<string, PagefindResult>();
    for (const { hits } of evidence)
      for (const hit of hits as PagefindResult[]) if (!byId.has(hit.id)) byId.set(hit.id, hit);
    // Only clauses above the relevance floor are results: shown, counted and announced.
    const results = aboveFloor(rankClauses(evidence, knowledge.clauses)).map(({ id }) => byId.get(id)!);
    const allWordsMatched = (all?.results.length ?? 0) > 0;
    return {
      plan,
      results,
      allWordsMatched,
      // Pagefind counts one lookup; they are the results' counts only when that lookup found them all.
      filters: all && all.results.length === results.length ? all.filters : null,
      topics: namedThemes(plan, knowledge, topicLimit),
      scenarios,
      closest: results.length === 0 ? closestThemes(state.q, knowledge, 4) : [],
      closestScenarios: results.length === 0 ? closestScenarios(plan, knowledge, 2) : [],
    };
  }
}
