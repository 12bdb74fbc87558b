// Themes grouped as the crosswalk groups them: the one grouping the theme index, crosswalk, builder and search
// form share.
import { themeGroupLabels, themeGroups, type ThemeGroup } from '../../schemas/theme';
import type { Theme } from '../content/model';

export interface ThemeGroupOf<T> {
  group: ThemeGroup;
  /** Display name of the group. */
  label: string;
  /** The group's themes (or what the caller made of each), in content order; never empty. */
  themes: T[];
}

/** Non-empty theme groups in display order, each theme turned into what the page shows by `toItem`. */
export function groupThemes<T = Theme>(
  themes: Theme[],
  toItem: (theme: Theme) => T = (theme) => theme as T,
): ThemeGroupOf<T>[] {
  return themeGroups
    .map((group) => ({
      group,
      label: themeGroupLabels[group],
      themes: themes.filter((theme) => theme.data.group === group).map(toItem),
    }))
    .filter(({ themes: items }) => items.length > 0);
}
