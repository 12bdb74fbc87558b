// /themes/<theme>/: what each code says on one theme, the silent codes, and how many speak to it.
import type { Code, SiteData, Theme } from '../content/model';
import { silentCodes, themeCoverage, type Cell, type Coverage, type Crosswalk } from '../crosswalk/matrix';
import type { QuoteView } from '../crosswalk/compare';
import { isReviewed } from '../crosswalk/review';
import { quoteView } from './clause-quote';
import { quotesInFull } from '../crosswalk/theme-page';
import { themeGroupLabels } from '../../schemas/theme';
import { scenariosOnTheme } from '../scenarios';
import { scenarioLinks, type ScenarioLink } from './scenario-links';
import { themeLinks, type ThemeLink } from './theme-links';

export interface ThemePageView {
  theme: Theme;
  groupLabel: string;
  coverage: Coverage;
  /** Codes with at least one clause on the theme, in code order, each with its cell. */
  speaking: { code: Code; cell: Cell; quotes: QuoteView[] }[];
  /** Reviewed codes with no clause on it. */
  silent: Code[];
  /** Draft codes with no clause on it: not silent yet, their tags are proposals (lib/crosswalk/review.ts). */
  unreviewed: Code[];
  /** The other themes of its group, in crosswalk order, with their pages: where a reader goes next (aside). */
  related: ThemeLink[];
  /** Whether the clauses are quoted in full (few codes) or named with links (many). */
  inFull: boolean;
  /** The case scenarios that raise the theme. */
  scenarios: ScenarioLink[];
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function themePageView(
  site: SiteData,
  crosswalk: Crosswalk,
  theme: Theme,
  base: string = import.meta.env.BASE_URL,
): ThemePageView {
  const speaking = site.codes
    .map((code) => ({ code, cell: crosswalk.cell(theme.id, code.id) }))
    .filter(({ cell }) => cell.state !== 'silent')
    .map(({ code, cell }) => {
      const name = { id: code.id, shortTitle: code.data.shortTitle };
      const quotes = [
        ...cell.direct.map((clause) => quoteView(name, clause, false)),
        ...cell.touches.map((clause) => quoteView(name, clause, true)),
      ];
      return { code, cell, quotes };
    });
  return {
    theme,
    groupLabel: themeGroupLabels[theme.data.group],
    coverage: themeCoverage(crosswalk, theme.id),
    speaking,
    silent: silentCodes(crosswalk, theme.id).filter(isReviewed),
    unreviewed: silentCodes(crosswalk, theme.id).filter((code) => !isReviewed(code)),
    related: themeLinks(
      site.themes
        .filter((other) => other.data.group === theme.data.group && other.id !== theme.id)
        .map((other) => other.id),
      base,
    ),
    inFull: quotesInFull(speaking.length),
    scenarios: scenarioLinks(scenariosOnTheme(site.scenarios, theme.id)),
  };
}
