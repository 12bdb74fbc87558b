// Themes as links to their pages (ThemeChips.astro), for the views that show a clause's or a scenario's themes.
import { paths, withBase } from '../paths';

export interface ThemeLink {
  id: string;
  /** The theme's page, with the base path. */
  href: string;
}

/** `base` is the site's base path ("/", "/ethics/"). */
export function themeLinks(themeIds: string[], base: string): ThemeLink[] {
  return themeIds.map((id) => ({ id, href: withBase(paths.theme(id), base) }));
}
