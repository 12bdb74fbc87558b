// Runs a search and renders its results into a status line and a results container. Shared by the header's
// drop-down and the /search/ page. Everything is built as DOM nodes with textContent: a query or a clause
// is always text, never markup.
import { highlight } from '../../lib/search/highlight';
import type { ClauseResultData, PagefindApi, PagefindSearch } from '../../lib/search/pagefind-api';
import { hasSearch, pagefindFilters, searchTerms, type SearchState } from '../../lib/search/query';

export interface ResultsTarget {
  /** A live region (role="status"): the result count or "no results", announced to screen readers. */
  status: HTMLElement;
  /** Receives the result list, or the no-results advice. */
  results: HTMLElement;
}

export interface RenderedSearch {
  search: PagefindSearch | null;
  shown: number;
}

const THEMES_HREF = `${import.meta.env.BASE_URL}themes/`;

export class ResultsRenderer {
  /** Bumped by each run, so a slow earlier search never overwrites a later one. */
  private generation = 0;

  constructor(
    private readonly pagefind: PagefindApi,
    private readonly target: ResultsTarget,
  ) {}

  async run(state: SearchState, limit: number): Promise<RenderedSearch> {
    const generation = ++this.generation;
    if (!hasSearch(state)) {
      this.target.status.textContent = '';
      this.target.results.replaceChildren();
      return { search: null, shown: 0 };
    }
    const search = await this.pagefind.search(searchTerms(state.q) || null, { filters: pagefindFilters(state.filters) });
    const shown = search.results.slice(0, limit);
    const data = await Promise.all(shown.map((result) => result.data()));
    if (generation !== this.generation) return { search: null, shown: 0 };

    const filtered = Object.keys(pagefindFilters(state.filters)).length > 0;
    this.target.status.textContent = statusText(search.results.length, state.q, filtered);
    this.target.results.replaceChildren(
      data.length > 0 ? resultList(data, state.q) : noResults(filtered),
    );
    return { search, shown: data.length };
  }
}

export function statusText(count: number, query: string, filtered: boolean): string {
  const what = query ? `“${query}”` : '';
  const how = filtered ? (query ? ' with the chosen filters' : 'the chosen filters') : '';
  if (count === 0) return `No clause matches ${what}${how}.`;
  return `${count} ${count === 1 ? 'clause matches' : 'clauses match'} ${what}${how}.`;
}

function resultList(data: ClauseResultData[], query: string): HTMLOListElement {
  const list = element('ol', 'search-result-list');
  for (const result of data) {
    const item = element('li', 'search-result');
    const link = element('a', 'search-result-title', result.meta.title);
    link.href = result.url;
    const text = element('p', 'search-result-text');
    for (const segment of highlight(result.meta.text, query)) {
      text.append(segment.mark ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
    }
    item.append(link, text);
    if (result.meta.themes) item.append(element('p', 'search-result-themes', `Themes: ${result.meta.themes.split('; ').join(', ')}`));
    list.append(item);
  }
  return list;
}

function noResults(filtered: boolean): HTMLParagraphElement {
  const advice = element('p', 'search-empty', `Try a shorter or more general word${filtered ? ', or remove a filter' : ''}, or browse `);
  const link = element('a', undefined, 'the themes');
  link.href = THEMES_HREF;
  advice.append(link, ': every clause on one topic, from every code.');
  return advice;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
