// Runs a search and renders its results into a status line and a results container. Shared by the header's
// drop-down (a listbox) and the /search/ page (a list). The query goes through the query layer
// (client/search/smart-search.ts); everything is built as DOM nodes with textContent: a query or a clause is
// always text, never markup.
import { paths, withBase } from '../../lib/paths';
import type { KnowledgeTheme } from '../../lib/search/knowledge';
import type { PagefindApi, PagefindSearch } from '../../lib/search/pagefind-api';
import {
  correctedQuery,
  hasSearch,
  pagefindFilters,
  searchParams,
  type SearchState,
} from '../../lib/search/query';
import { statusText } from '../../lib/search/status';
import { PAGE_SCENARIOS } from '../../lib/search/topics';
import type { Understanding } from '../../lib/search/understand';
import { correctionNote, listboxResults, noResults, pageResults, type ViewMode } from './result-views';
import { SmartSearcher, type SmartSearch } from './smart-search';

export interface ResultsTarget {
  /** The visible result count or "no results", updated with the results. */
  status: HTMLElement;
  /** Receives the results, or the no-results advice. Its data-query names the query shown. */
  results: HTMLElement;
  /** Called with the status once the results are on screen (the announcer waits for typing to pause). */
  announce?: (text: string) => void;
  mode?: ViewMode;
  /** Prefix of option ids in listbox mode. */
  idPrefix?: string;
}

export interface RenderedSearch {
  /** Pagefind-shaped summary for callers that page through results. */
  search: (Pick<PagefindSearch, 'results'> & { filters: SmartSearch['filters'] }) | null;
  shown: number;
}

const THEMES_HREF = withBase(paths.themes());
const SEARCH_HREF = withBase(paths.search());

export class ResultsRenderer {
  /** Bumped by each run, so a slow earlier search never overwrites a later one. */
  private generation = 0;
  private readonly searcher: SmartSearcher;
  private readonly themesByLabel: Map<string, KnowledgeTheme>;

  constructor(
    pagefind: PagefindApi,
    private readonly understanding: Understanding,
    private readonly target: ResultsTarget,
  ) {
    this.searcher = new SmartSearcher(pagefind, understanding);
    this.themesByLabel = new Map(understanding.knowledge.themes.map((theme) => [theme.label, theme]));
  }

  async run(state: SearchState, limit: number): Promise<RenderedSearch> {
    const generation = ++this.generation;
    const { status, results, announce, mode = 'page', idPrefix = 'search' } = this.target;
    if (!hasSearch(state)) {
      status.textContent = '';
      results.replaceChildren();
      delete results.dataset.query;
      announce?.('');
      return { search: null, shown: 0 };
    }
    const listbox = mode === 'listbox';
    // Until this query's results arrive, the previous query's count is stale: never shown, never announced.
    status.textContent = 'Searching…';
    results.setAttribute('aria-busy', 'true');
    const found = await this.searcher.search(state, listbox ? 1 : 2, listbox ? 1 : PAGE_SCENARIOS);
    // Superseded while it ran: fetch none of its result fragments, show and announce nothing.
    if (generation !== this.generation) return { search: null, shown: 0 };
    const shown = found.results.slice(0, limit);
    const data = await Promise.all(shown.map((result) => result.data()));
    if (generation !== this.generation) return { search: null, shown: 0 };
    results.removeAttribute('aria-busy');

    const filtered = Object.keys(pagefindFilters(state.filters)).length > 0;
    const tooShort = found.plan !== null && found.plan.terms.length === 0 && found.plan.themes.length === 0;
    const corrections = found.plan?.corrections ?? [];
    // The count is of what was searched: a corrected query's status names the correction, as its note does.
    const searched = corrections.length > 0 ? correctedQuery(state.q, corrections) : state.q;
    const text = tooShort
      ? `Keep typing: “${state.q}” has no word to search yet.`
      : statusText(found.results.length, searched, filtered, found.allWordsMatched);
    if (tooShort) {
      status.textContent = text;
      results.replaceChildren();
      results.dataset.query = state.q;
      announce?.(text);
      return { search: null, shown: 0 };
    }
    status.textContent = text;
    const view = {
      query: state.q,
      marks: found.plan ? [found.plan.allWords, ...found.plan.terms.map((term) => term.text)].join(' ') : '',
      clauses: data,
      topics: found.topics,
      scenarios: found.scenarios,
      codeCount: this.understanding.knowledge.codeCount,
      themesByLabel: this.themesByLabel,
    };
    const nothing = data.length === 0 && found.topics.length === 0 && found.scenarios.length === 0;
    if (nothing)
      results.replaceChildren(noResults(found.closest, found.closestScenarios, filtered, THEMES_HREF));
    else results.replaceChildren(listbox ? listboxResults(view, idPrefix) : pageResults(view));
    if (corrections.length > 0)
      results.prepend(
        correctionNote(searched, state.q, `${SEARCH_HREF}?${searchParams({ ...state, typed: true })}`),
      );
    results.dataset.query = state.q;
    announce?.(text);
    return { search: { results: found.results, filters: found.filters }, shown: data.length };
  }
}
