// Values the server (pages, content checks, bench) and the browser modules must agree on. Dependency-free, so a
// browser bundle that imports it pulls in nothing else.

/** The code whose clauses the IAPS practice guidelines explain. */
export const GUIDELINE_CODE_ID = 'iaps';

/** Source of ID_PATTERN without anchors, for patterns that embed an id (a `code:clause` reference). */
export const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Lower-case words joined by single hyphens: readable in a URL and safe as an HTML id (code, clause, theme ids). */
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);

/** Largest number of codes for which every ordered pair gets a static /compare/<a>/<b>/ page (12 codes: 132 pages). */
export const STATIC_COMPARE_MAX_CODES = 12;

/** Most codes speaking to a theme whose clauses a theme page quotes in full. */
export const THEME_FULL_TEXT_MAX_CODES = 12;

/** Results the /search/ page shows at first and adds per "more results". */
export const SEARCH_PAGE_SIZE = 20;

/** Results the header search panel shows. */
export const SEARCH_PANEL_LIMIT = 8;

/** Codes shown as cards on the home page; all of them are on /codes/ (keeps the home page light at any N). */
export const HOME_CODES = 12;

/**
 * Most codes /codes/ shows on one page as cards, and the search page as one checkbox each. Above it (hundreds of
 * codes: 398 KB of HTML on /codes/ and 145 KB on /search/ at 500) /codes/ is paged by this many, with a filter
 * box, and the search picks codes from a searchable list loaded on use. 24 cards fill whole rows of 2, 3 or 4.
 */
export const CODE_LIST_MAX_CODES = 24;

/** Path segment of the code list's further pages, /codes/page/2/…; no code may take it as its id. */
export const CODE_LIST_PAGE_SEGMENT = 'page';
