// The /search/ page's results and filters. Loaded by <search-page> (search-page.ts) when the reader starts to search, or at
// once when the URL already holds a search (/search/?q=gifts). The state lives in the URL, so a search can
// be linked; the counts beside each filter come from pagefind.
import type { FilterCounts } from '../../lib/search/pagefind-api';
import { parseSearchState, searchParams } from '../../lib/search/query';
import { FILTER_KEYS } from '../../lib/search/filter-keys';
import { createAnnouncer } from './announce';
import { loadKnowledge } from './load-knowledge';
import { loadPagefind } from './load-pagefind';
import { ResultsRenderer } from './results';
import { SEARCH_PAGE_SIZE as PAGE_SIZE } from '../../lib/constants';

export async function attachSearchPage(host: HTMLElement): Promise<void> {
  const form = host.querySelector<HTMLFormElement>('form');
  const status = host.querySelector<HTMLElement>('[data-search-status]');
  const results = host.querySelector<HTMLElement>('[data-search-results]');
  const more = host.querySelector<HTMLButtonElement>('[data-search-more]');
  const region = host.querySelector<HTMLElement>('[data-search-announce]');
  if (!form || !status || !results || !more || !region) return;

  let renderer: ResultsRenderer;
  try {
    const [pagefind, understanding] = await Promise.all([loadPagefind(), loadKnowledge()]);
    // Loading every filter group up front makes each search report counts for all of them.
    await pagefind.filters();
    renderer = new ResultsRenderer(pagefind, understanding, {
      status,
      results,
      announce: createAnnouncer(region, form),
    });
  } catch {
    status.textContent = region.textContent =
      'Search could not load. Browse the codes or the themes instead.';
    return;
  }

  let limit = PAGE_SIZE;
  const update = async () => {
    const state = parseSearchState(formParams(form));
    const query = searchParams(state);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
    const { search, shown } = await renderer.run(state, limit);
    more.hidden = !search || shown >= search.results.length;
    // Counts only when they are exact for the results shown (a question matched in part has none).
    if (search?.filters) showCounts(host, search.filters);
    else clearCounts(host);
  };

  // Listen on the host: the filters sit outside the <form> element (they join it by form="…").
  host.addEventListener('input', () => {
    limit = PAGE_SIZE;
    void update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  more.addEventListener('click', () => {
    // Move focus to the first new result, so keyboard and screen reader users continue where they were.
    const before = results.querySelectorAll('.search-result').length;
    limit += PAGE_SIZE;
    void update().then(() => results.querySelectorAll<HTMLElement>('.search-result a')[before]?.focus());
  });
  await update();
}

/** The form's fields as URL parameters (the form has no file inputs, so every value is a string). */
function formParams(form: HTMLFormElement): URLSearchParams {
  return new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)]));
}

/** Writes "(n)" beside each filter value: how many of the current results carry it. */
function showCounts(host: HTMLElement, counts: FilterCounts): void {
  for (const key of FILTER_KEYS) {
    for (const target of host.querySelectorAll<HTMLElement>(`[data-count="${key}"]`)) {
      const value = target.dataset.value ?? '';
      const count = counts[key]?.[value] ?? 0;
      const text = `${target.dataset.label ?? value} (${count})`;
      if (target.textContent !== text) target.textContent = text;
    }
  }
}

function clearCounts(host: HTMLElement): void {
  for (const target of host.querySelectorAll<HTMLElement>('[data-count]'))
    target.textContent = target.dataset.label ?? '';
}
