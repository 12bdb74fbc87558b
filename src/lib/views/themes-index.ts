// /themes/: every theme by group, with how many codes address it.
import type { SiteData, Theme } from '../content/model';
import { themeCoverage, type Crosswalk } from '../crosswalk/matrix';
import { coverageView, type CoverageView } from './coverage';
import { groupThemes, type ThemeGroupOf } from './theme-groups';

export interface ThemesIndexView {
  themeCount: number;
  groups: ThemeGroupOf<{ theme: Theme; coverage: CoverageView }>[];
}

export function themesIndexView(site: SiteData, crosswalk: Crosswalk): ThemesIndexView {
  return {
    themeCount: site.themes.length,
    groups: groupThemes(site.themes, (theme) => ({
      theme,
      coverage: coverageView(themeCoverage(crosswalk, theme.id), 'codes', 'only in passing'),
    })),
  };
}
