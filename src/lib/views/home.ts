// The home page and /codes/: the counts in their lede; the home page's crosswalk at a glance.
import type { SiteData } from '../content/model';
import { heatLevel, type Crosswalk } from '../crosswalk/matrix';
import { paths, withBase } from '../paths';

export interface SiteCounts {
  codes: number;
  clauses: number;
  themes: number;
}

export function siteCounts(site: SiteData): SiteCounts {
  return {
    codes: site.codes.length,
    clauses: site.codes.reduce((sum, code) => sum + code.clauses.length, 0),
    themes: site.themes.length,
  };
}

/** At most this many codes (rows) keep the glance small. */
const GLANCE_CODES = 10;

/** The crosswalk's shape at a glance (CoverageGlance.astro): a heat level per code and theme. */
export interface CoverageGlanceView {
  /** One row per code shown: its short title and a heat level (0–3) per theme, in theme order. */
  rows: { label: string; heat: (0 | 1 | 2 | 3)[] }[];
  themeCount: number;
  /** Themes addressed by at least one of the codes shown. */
  addressed: number;
  /** The crosswalk page, with the base path. */
  crosswalkHref: string;
}

export function coverageGlance(
  crosswalk: Crosswalk,
  base: string = import.meta.env.BASE_URL,
): CoverageGlanceView {
  const codes = crosswalk.codes.slice(0, GLANCE_CODES);
  return {
    rows: codes.map((code) => ({
      label: code.data.shortTitle,
      heat: crosswalk.themes.map((theme) => heatLevel(crosswalk.cell(theme.id, code.id))),
    })),
    themeCount: crosswalk.themes.length,
    addressed: crosswalk.themes.filter((theme) =>
      codes.some((code) => crosswalk.cell(theme.id, code.id).state === 'addresses'),
    ).length,
    crosswalkHref: withBase(paths.crosswalk(), base),
  };
}
