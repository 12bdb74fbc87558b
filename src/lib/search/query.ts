// The search state as it lives in the URL (`/search/?q=gifts&code=Alaska+PSP&theme=…`), so that a search
// can be linked, and its translation into pagefind's filter argument. Pure, shared by page and tests.
import { FILTER_KEYS, type FilterKey } from './filter-keys';

export interface SearchState {
  q: string;
  /** Selected filter values per group (labels, as indexed); empty means "any". */
  filters: Record<FilterKey, string[]>;
  /** Search the words exactly as typed, without typo correction (`typed=1`, from "Search instead for"). */
  typed?: boolean;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { code: [], theme: [], audience: [] };
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
  }
  return { q: (params.get('q') ?? '').trim(), filters, typed: params.get('typed') === '1' };
}

/** The query string for a state, without the "?"; empty groups and an empty query are left out. */
export function searchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.typed && state.q) params.set('typed', '1');
  return params.toString();
}

/** Pagefind's filter argument: any of the chosen values within a group, all groups at once. */
export function pagefindFilters(filters: Record<FilterKey, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FILTER_KEYS.filter((key) => filters[key].length > 0).map((key) => [key, { any: filters[key] }]),
  );
}

/** True when there is something to search for: words, or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** Words too common to narrow a search: each would load its own large slice of the index for nothing. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'i',
  'in',
  'is',
  'it',
  'my',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * The words sent to the index: the reader's query without stop words, unless nothing else is left ("dating a
 * client" searches "dating client"; "to" alone still searches "to"). Short meaningful words (NA, AA) stay.
 */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** The query with each corrected word replaced: what the results were found for. */
export function correctedQuery(query: string, corrections: { from: string; to: string }[]): string {
  let out = query;
  for (const { from, to } of corrections)
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${from}(?![\\p{L}\\p{N}])`, 'giu'), to);
  return out;
}
