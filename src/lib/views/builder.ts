// /build/: every theme by group, with how many clauses the codes have on it; the clauses themselves are in
// /data/themes/<id>.json (lib/exports/theme-file.ts), loaded when a reader opens the theme.
import type { SiteData, Theme } from '../content/model';
import { clausesOnTheme } from '../exports/theme-file';
import { groupThemes, type ThemeGroupOf } from './theme-groups';

export interface BuilderTheme {
  theme: Theme;
  /** How many clauses address the theme directly, across every code. */
  count: number;
}

export interface BuilderView {
  themeCount: number;
  groups: ThemeGroupOf<BuilderTheme>[];
}

export function builderView(site: SiteData): BuilderView {
  return {
    themeCount: site.themes.length,
    groups: groupThemes(site.themes, (theme) => ({
      theme,
      count: clausesOnTheme(site.codes, theme.id).length,
    })),
  };
}
