// /themes/: every theme by group, with how many codes address it.
import type { SiteData, Theme } from '../content/model';
import { themeCoverage, type Crosswalk } from '../crosswalk/matrix';
import { paths, withBase } from '../paths';
import { coverageView, type CoverageView } from './coverage';
import { groupThemes, type ThemeGroupOf } from './theme-groups';

export interface ThemesIndexView {
  themeCount: number;
  /** Each theme with its page (with base) and its coverage. */
  groups: ThemeGroupOf<{ theme: Theme; href: string; coverage: CoverageView }>[];
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function themesIndexView(
  site: SiteData,
  crosswalk: Crosswalk,
  base: string = import.meta.env.BASE_URL,
): ThemesIndexView {
  return {
    themeCount: site.themes.length,
    groups: groupThemes(site.themes, (theme) => ({
      theme,
      href: withBase(paths.theme(theme.id), base),
      coverage: coverageView(themeCoverage(crosswalk, theme.id), 'codes', 'only in passing'),
    })),
  };
}
