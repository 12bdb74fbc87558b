// Which rows of a comparison to show, kept in the page address as ?show=… so a filtered view can be linked.
import type { Side } from './compare';

/** All themes, only those where the codes differ (not all in one state), or one side. */
export type CompareShow = 'all' | 'differences' | Side;

const SHOWS: readonly CompareShow[] = ['all', 'differences', 'both', 'only-a', 'only-b', 'neither', 'mixed'];

/** Reads ?show=; anything missing or unknown means every theme. */
export function parseCompareShow(value: string | null | undefined): CompareShow {
  return SHOWS.find((show) => show === value) ?? 'all';
}

/** True when a row on `side` belongs in the view `show`. */
export function rowShown(side: Side, show: CompareShow): boolean {
  if (show === 'all') return true;
  if (show === 'differences') return side === 'only-a' || side === 'only-b' || side === 'mixed';
  return side === show;
}

/**
 * The query string for a view, keeping the address's other parameters (/compare/?codes=…): without ?show= for
 * every theme, so the plain address stays the full view.
 */
export function compareShowQuery(show: CompareShow, search = ''): string {
  const params = new URLSearchParams(search);
  if (show === 'all') params.delete('show');
  else params.set('show', show);
  // Commas stay readable in ?codes=a,b,c.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
