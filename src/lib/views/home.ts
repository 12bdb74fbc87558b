// The home page and /codes/: the counts in their lede.
import type { SiteData } from '../content/model';

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
