// The handout's title and grouping as this browser keeps them beside the selection, so coming back to
// /selection/ through the header (no query) shows the handout as it was left. Pure: the page script stores them.
import type { Grouping } from './handout';

export interface HandoutPrefs {
  /** The reader's handout title; '' for the default. */
  title: string;
  grouping: Grouping;
}

export const DEFAULT_PREFS: HandoutPrefs = { title: '', grouping: 'theme' };

/** Longest title kept, as the title field's maxlength. */
const MAX_TITLE = 120;

/** Reads stored prefs; anything unreadable gives the defaults for that field, never an error. */
export function parseHandoutPrefs(raw: string | null): HandoutPrefs {
  if (!raw) return DEFAULT_PREFS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_PREFS;
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    title: typeof record.title === 'string' ? record.title.slice(0, MAX_TITLE) : '',
    grouping: record.grouping === 'code' ? 'code' : 'theme',
  };
}

/** What to store: null when both are the defaults, so an untouched handout leaves nothing behind. */
export function serializeHandoutPrefs(prefs: HandoutPrefs): string | null {
  const title = prefs.title.trim();
  if (!title && prefs.grouping === 'theme') return null;
  return JSON.stringify({ title, grouping: prefs.grouping });
}

/**
 * The prefs a page load shows: a link with a selection (`?c=`) carries its own title and grouping (a shared
 * link shows the sender's); without one (the header's link), or with the reader's own selection and neither
 * `t` nor `by` (a code page's "view" link), the ones this browser saved.
 */
export function initialPrefs(search: string, saved: string | null, isOwnSelection: boolean): HandoutPrefs {
  const params = new URLSearchParams(search);
  const bare = !params.has('t') && !params.has('by');
  if (!params.has('c') || (isOwnSelection && bare)) return parseHandoutPrefs(saved);
  return { title: params.get('t') ?? '', grouping: params.get('by') === 'code' ? 'code' : 'theme' };
}
