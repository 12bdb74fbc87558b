// Runs the built search index in Node: pagefind's browser bundle (dist/pagefind/pagefind.js) works here
// once `fetch` can read the `file:` URLs it asks for next to itself.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClauseResultData, PagefindApi } from '../../src/lib/search/pagefind-api';
import { emptyFilters, pagefindFilters } from '../../src/lib/search/query';
import type { FilterKey } from '../../src/lib/search/filter-keys';

let shimmed = false;
function shimFileFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      return new Response(await readFile(url));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

export interface NodeSearch {
  api: PagefindApi;
  /** Result data for a query (null: filters only), best first. */
  search(query: string | null, filters?: Partial<Record<FilterKey, string[]>>): Promise<ClauseResultData[]>;
  /** Result URLs for a query, best first. */
  urls(query: string | null, filters?: Partial<Record<FilterKey, string[]>>): Promise<string[]>;
}

/** The pagefind index of a build folder (dist/ or dist-ethics/). */
export async function loadBuiltSearch(dir: string): Promise<NodeSearch> {
  shimFileFetch();
  const api = (await import(pathToFileURL(join(dir, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
  // As in the browser (src/client/search/load-pagefind.ts): record URLs carry the base path already.
  await api.options({ baseUrl: '/' });
  await api.filters();
  const search = async (query: string | null, filters: Partial<Record<FilterKey, string[]>> = {}) => {
    const result = await api.search(query, { filters: pagefindFilters({ ...emptyFilters(), ...filters }) });
    return Promise.all(result.results.map((hit) => hit.data()));
  };
  return {
    api,
    search,
    urls: async (query, filters) => (await search(query, filters)).map((data) => data.url),
  };
}
