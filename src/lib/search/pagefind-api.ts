// The part of pagefind's browser API (`/pagefind/pagefind.js`, v1.5) the site uses. The bundle ships
// without types; these match what it returns for our custom clause records.
import type { FilterKey } from './filter-keys';
import type { ClauseMeta } from './records';

export type FilterCounts = Partial<Record<FilterKey, Record<string, number>>>;

export interface ClauseResultData {
  url: string;
  meta: ClauseMeta;
  filters: Partial<Record<FilterKey, string[]>>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ClauseResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per filter value among the results, given the query and the chosen filters. */
  filters: FilterCounts;
  /** Counts per filter value for the query alone. */
  totalFilters: FilterCounts;
}

export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}
