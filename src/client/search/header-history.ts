// The header search's query, kept in the page's own history entry (history.state), so that Back from a
// result restores the query and its results, and a fresh visit to the page starts empty.

const KEY = 'siteSearchQuery';

export function savedHeaderQuery(): string {
  const state: unknown = history.state;
  if (state && typeof state === 'object' && KEY in state) {
    const value = (state as Record<string, unknown>)[KEY];
    return typeof value === 'string' ? value : '';
  }
  return '';
}

export function saveHeaderQuery(query: string): void {
  const state: unknown = history.state;
  const base = state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  history.replaceState({ ...base, [KEY]: query }, '');
}
