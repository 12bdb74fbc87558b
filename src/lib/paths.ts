// Every internal URL is made here, so a base path (`/ethics/`) reaches all of them.

/** Joins the site's base path and a path relative to the site root. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

export const paths = {
  home: () => '',
  codes: () => 'codes/',
  code: (codeId: string) => `codes/${codeId}/`,
  clause: (codeId: string, clauseId: string) => `codes/${codeId}/#${clauseId}`,
  guidelines: () => 'codes/iaps/guidelines/',
  themes: () => 'themes/',
  theme: (themeId: string) => `themes/${themeId}/`,
  crosswalk: () => 'crosswalk/',
  compareIndex: () => 'compare/',
  compare: (a: string, b: string) => `compare/${a}/${b}/`,
  search: () => 'search/',
  about: () => 'about/',
  /** The handout of selected clauses; `refs` is the `c` parameter (lib/selection/refs.ts). */
  selection: (refs?: string) => (refs ? `selection/?c=${refs}` : 'selection/'),
  build: () => 'build/',
  scenarios: () => 'scenarios/',
  scenario: (scenarioId: string) => `scenarios/${scenarioId}/`,
  codesJson: () => 'data/codes.json',
  codeJson: (codeId: string) => `data/codes/${codeId}.json`,
  crosswalkCsv: () => 'data/crosswalk.csv',
  coverageCsv: () => 'data/coverage.csv',
} as const;
