// /build/: every theme by group, with how many clauses the codes have on it; the clauses themselves are in
// /data/themes/<id>.json (lib/exports/theme-file.ts), loaded when a reader opens the theme.
import type { SiteData, Theme } from '../content/model';
import { clausesOnTheme } from '../exports/theme-file';
import { paths, withBase } from '../paths';
import { groupThemes, type ThemeGroupOf } from './theme-groups';

export interface BuilderTheme {
  theme: Theme;
  /** How many clauses address the theme directly, across every code. */
  count: number;
  /** The theme's page, with base: where a reader without JavaScript reads its clauses. */
  href: string;
}

export interface BuilderView {
  themeCount: number;
  groups: ThemeGroupOf<BuilderTheme>[];
  /** Each theme's clause file, with base, `{id}` standing for the theme: what the builder loads. */
  themeJsonTemplate: string;
  /** The codes the clauses come from, in order: short title and page (with base). */
  sources: { shortTitle: string; href: string }[];
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function builderView(site: SiteData, base: string = import.meta.env.BASE_URL): BuilderView {
  const at = (path: string) => withBase(path, base);
  return {
    themeCount: site.themes.length,
    groups: groupThemes(site.themes, (theme) => ({
      theme,
      count: clausesOnTheme(site.codes, theme.id).length,
      href: at(paths.theme(theme.id)),
    })),
    themeJsonTemplate: at(paths.themeJson('{id}')),
    sources: site.codes.map((code) => ({ shortTitle: code.data.shortTitle, href: at(paths.code(code.id)) })),
  };
}
