// Every internal URL is made here (the service worker's file, which every page's entry registers, in base-path.ts),
// so a base path (`/ethics/`) reaches all of them; clauseOfPath reads clause paths back. Browser modules import it
// too: it must stay free of server-only imports. Markup never imports it (lint: check-layers): pages and components
// take finished hrefs from their view or siteLinks() in src/lib/views/.
import { SERVICE_WORKER_FILE } from './base-path';

export { withBase, withoutBase } from './base-path';

export const paths = {
  home: () => '',
  codes: () => 'codes/',
  code: (codeId: string) => `codes/${codeId}/`,
  /** The clause in its code: an anchor on the code page. */
  clause: (codeId: string, clauseId: string) => `codes/${codeId}/#${clauseId}`,
  /** The clause's own page, made for sharing: its link preview shows the clause. */
  clausePage: (codeId: string, clauseId: string) => `codes/${codeId}/${clauseId}/`,
  /** The clause as a small card other sites may frame. */
  embed: (codeId: string, clauseId: string) => `embed/${codeId}/${clauseId}/`,
  /** Link-preview image of a clause, or of its whole code where images are made per code (lib/og/plan.ts). */
  clauseImage: (codeId: string, clauseId: string) => `og/${codeId}/${clauseId}.png`,
  codeImage: (codeId: string) => `og/${codeId}.png`,
  /** The preview image of every page that has none of its own. */
  siteImage: () => 'og/site.png',
  guidelines: () => 'codes/iaps/guidelines/',
  themes: () => 'themes/',
  theme: (themeId: string) => `themes/${themeId}/`,
  crosswalk: () => 'crosswalk/',
  compareIndex: () => 'compare/',
  compare: (a: string, b: string) => `compare/${a}/${b}/`,
  /** The search page; `query` is its query string without `?` (lib/search/query.ts). */
  search: (query?: string) => (query ? `search/?${query}` : 'search/'),
  about: () => 'about/',
  /** The handout of selected clauses; `refs` is the `c` parameter (lib/selection/refs.ts). */
  selection: (refs?: string) => (refs ? `selection/?c=${refs}` : 'selection/'),
  build: () => 'build/',
  scenarios: () => 'scenarios/',
  scenario: (scenarioId: string) => `scenarios/${scenarioId}/`,
  codesJson: () => 'data/codes.json',
  codeJson: (codeId: string) => `data/codes/${codeId}.json`,
  /** One theme's clauses from every code, for the draft builder. */
  themeJson: (themeId: string) => `data/themes/${themeId}.json`,
  /** Every code's names and page (lib/exports/code-index.ts), for the code filter and the search's code picker. */
  codeIndexJson: () => 'data/code-index.json',
  crosswalkCsv: () => 'data/crosswalk.csv',
  coverageCsv: () => 'data/coverage.csv',
  /** Every page's title and path (lib/not-found/pages-index.ts), for the not-found page's suggestions. */
  pagesJson: () => 'data/pages.json',
  /** The search's themes and scenarios (lib/search/knowledge.ts), and its English word list, fetched on use. */
  searchTopicsJson: () => 'data/search-topics.json',
  searchRealWordsJson: () => 'data/search-real-words.json',
  /** The theme model that reads a whole query (lib/search/theme-model.ts), fetched for a query of some words. */
  searchThemeModelJson: () => 'data/search-theme-model.json',
  /** Pagefind's browser API, written by the search index step (src/integrations/pagefind.ts). */
  pagefindScript: () => 'pagefind/pagefind.js',
  /** The web app manifest (pages/manifest.webmanifest.ts) and its icons (pages/icons/icon-[size].png.ts). */
  manifest: () => 'manifest.webmanifest',
  icon: (size: number) => `icons/icon-${size}.png`,
  /** The script that applies the saved colour scheme before first paint (public/theme-init.js). */
  themeInit: () => 'theme-init.js',
  /** The offline service worker (src/integrations/offline.ts); its scope is the base path. */
  serviceWorker: () => SERVICE_WORKER_FILE,
} as const;

/**
 * The inverse of paths.clause and paths.clausePage (or, with `form: 'embed'`, of paths.embed): the code and clause
 * a clause path (without base) names, or undefined for any other path, the guidelines page included. The one
 * place clause paths are read back.
 */
export function clauseOfPath(
  path: string,
  form: 'permalink' | 'embed' = 'permalink',
): { codeId: string; clauseId: string } | undefined {
  const match =
    form === 'embed'
      ? /^embed\/([^/#]+)\/()([^/#]+)\/$/.exec(path)
      : /^codes\/([^/#]+)\/(?:#(.+)|([^/#]+)\/)$/.exec(path);
  if (!match || path === paths.guidelines()) return undefined;
  return { codeId: match[1]!, clauseId: (match[2] || match[3])! };
}
