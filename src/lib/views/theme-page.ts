// /themes/<theme>/: what each code says on one theme, the silent codes, and how many speak to it.
import type { Code, SiteData, Theme } from '../content/model';
import { cellView } from '../crosswalk/cell-view';
import { silentCodes, themeCoverage, type Cell, type Coverage, type Crosswalk } from '../crosswalk/matrix';
import type { QuoteView } from '../crosswalk/compare';
import { DRAFT_NOTICE, isReviewed } from '../crosswalk/review';
import { paths, withBase } from '../paths';
import { listProse } from '../text';
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
  /**
   * How many codes speak to the theme, which are silent and which are not reviewed: the page sets `count`
   * ("3 of 5 codes") in bold and `rest` (" speak to this theme; A is silent.") after it.
   */
  coverageSentence: { count: string; rest: string };
  /**
   * Codes with at least one clause on the theme, in code order, each with its cell, its code page (with base)
   * and its clauses quoted, those addressing the theme first (each quote links to its clause, with base).
   */
  speaking: { code: Code; cell: Cell; href: string; quotes: QuoteView[] }[];
  /** Reviewed codes with no clause on it, each with its code page (with base). */
  silent: { code: Code; href: string }[];
  /** Draft codes with no clause on it: not silent yet, their tags are proposals (lib/crosswalk/review.ts). */
  unreviewed: Code[];
  /** The other themes of its group, in crosswalk order, with their pages: where a reader goes next (aside). */
  related: ThemeLink[];
  /** Whether the clauses are quoted in full (few codes) or named with links (many). */
  inFull: boolean;
  /** The case scenarios that raise the theme. */
  scenarios: ScenarioLink[];
  /** The theme's row in the crosswalk, with base. */
  crosswalkHref: string;
}

/** The sentence under the definition; a draft code's gap is named apart: not reviewed, not silent. */
function coverageSentence(
  coverage: Coverage,
  silent: Code[],
  unreviewed: Code[],
): ThemePageView['coverageSentence'] {
  const names = (codes: Code[]) => listProse(codes.map((code) => code.data.shortTitle));
  const passing = coverage.touches > 0 ? ` (${coverage.touches} only in passing)` : '';
  const silence =
    silent.length > 0 ? `; ${names(silent)} ${silent.length === 1 ? 'is' : 'are'} silent.` : '.';
  const drafts =
    unreviewed.length > 0
      ? ` ${names(unreviewed)}: ${cellView('silent', false).words} (${DRAFT_NOTICE}).`
      : '';
  return {
    count: `${coverage.direct + coverage.touches} of ${coverage.total} codes`,
    rest: ` speak to this theme${passing}${silence}${drafts}`,
  };
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function themePageView(
  site: SiteData,
  crosswalk: Crosswalk,
  theme: Theme,
  base: string = import.meta.env.BASE_URL,
): ThemePageView {
  const codeHref = (code: Code) => withBase(paths.code(code.id), base);
  const speaking = site.codes
    .map((code) => ({ code, cell: crosswalk.cell(theme.id, code.id) }))
    .filter(({ cell }) => cell.state !== 'silent')
    .map(({ code, cell }) => {
      const name = { id: code.id, shortTitle: code.data.shortTitle };
      const quotes = [
        ...cell.direct.map((clause) => quoteView(name, clause, false, base)),
        ...cell.touches.map((clause) => quoteView(name, clause, true, base)),
      ];
      return { code, cell, href: codeHref(code), quotes };
    });
  const coverage = themeCoverage(crosswalk, theme.id);
  const silent = silentCodes(crosswalk, theme.id).filter(isReviewed);
  const unreviewed = silentCodes(crosswalk, theme.id).filter((code) => !isReviewed(code));
  const related = site.themes.filter(
    (other) => other.data.group === theme.data.group && other.id !== theme.id,
  );
  return {
    theme,
    groupLabel: themeGroupLabels[theme.data.group],
    coverage,
    coverageSentence: coverageSentence(coverage, silent, unreviewed),
    speaking,
    silent: silent.map((code) => ({ code, href: codeHref(code) })),
    unreviewed,
    related: themeLinks(
      related.map((other) => other.id),
      base,
    ),
    inFull: quotesInFull(speaking.length),
    scenarios: scenarioLinks(scenariosOnTheme(site.scenarios, theme.id), base),
    crosswalkHref: `${withBase(paths.crosswalk(), base)}#theme-${theme.id}`,
  };
}
