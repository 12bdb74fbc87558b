// Where a reader can go offline instead of a page that was not saved: the service worker keeps code pages but not
// the one-per-clause pages, embeds or data exports (precache.ts), so for those the saved page holding the same
// text is named from the address alone.

export interface OfflineAlternative {
  /** Path below the base, e.g. `codes/alaska-psp/#purpose-5`. */
  path: string;
  /** What the link leads to, for its sentence: "the code page that holds this clause". */
  says: string;
}

const SEGMENT = '[a-z0-9][a-z0-9-]*';

/** The saved page with the same text as `pathname` (a path with the site's base), or null when there is none. */
export function offlineAlternative(pathname: string, base: string): OfflineAlternative | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return null;
  const path = decodeURIComponent(pathname.slice(root.length));
  const clause = path.match(new RegExp(`^(?:codes|embed)/(${SEGMENT})/(${SEGMENT})/?$`));
  if (clause && clause[2] !== 'guidelines')
    return { path: `codes/${clause[1]}/#${clause[2]}`, says: 'the code page that holds this clause' };
  if (/^data\/(?:crosswalk|coverage)\.csv$/.test(path))
    return { path: 'crosswalk/', says: 'the crosswalk, which shows the same data' };
  const codeFile = path.match(new RegExp(`^data/codes/(${SEGMENT})\\.json$`));
  if (codeFile) return { path: `codes/${codeFile[1]}/`, says: 'the code page with the same clauses' };
  if (path === 'data/codes.json') return { path: 'codes/', says: 'the list of codes' };
  const themeFile = path.match(new RegExp(`^data/themes/(${SEGMENT})\\.json$`));
  if (themeFile) return { path: `themes/${themeFile[1]}/`, says: 'the theme page with the same clauses' };
  return null;
}
