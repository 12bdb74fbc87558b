// The site's fixed destinations as finished hrefs, base path included: markup links to these (or to the hrefs its
// page's view returns) and never joins a path itself, so a base path (`/ethics/`) reaches every link from here.
import { paths, withBase } from '../paths';

export interface SiteLinks {
  home: string;
  /** The list of codes. */
  codes: string;
  themes: string;
  crosswalk: string;
  /** The compare page, where a reader picks the codes. */
  compare: string;
  /** The IAPS practice guideline explanations. */
  guidelines: string;
  scenarios: string;
  search: string;
  /** The handout of selected clauses. */
  selection: string;
  /** The draft-a-code builder. */
  build: string;
  about: string;
  /** The data exports (lib/exports/): every code, clause and theme; one row per clause and theme; per cell. */
  codesJson: string;
  crosswalkCsv: string;
  coverageCsv: string;
  /** Every code's names and page, fetched by the code filter and the search's code picker. */
  codeIndexJson: string;
  /** Every page's title and path, fetched by the not-found page to suggest the page meant. */
  pagesJson: string;
}

/** The fixed destinations; `base` is the site's base path ("/", "/ethics/"). */
export function siteLinks(base: string = import.meta.env.BASE_URL): SiteLinks {
  const at = (path: string) => withBase(path, base);
  return {
    home: at(paths.home()),
    codes: at(paths.codes()),
    themes: at(paths.themes()),
    crosswalk: at(paths.crosswalk()),
    compare: at(paths.compareIndex()),
    guidelines: at(paths.guidelines()),
    scenarios: at(paths.scenarios()),
    search: at(paths.search()),
    selection: at(paths.selection()),
    build: at(paths.build()),
    about: at(paths.about()),
    codesJson: at(paths.codesJson()),
    crosswalkCsv: at(paths.crosswalkCsv()),
    coverageCsv: at(paths.coverageCsv()),
    codeIndexJson: at(paths.codeIndexJson()),
    pagesJson: at(paths.pagesJson()),
  };
}
