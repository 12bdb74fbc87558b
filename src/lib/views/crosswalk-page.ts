// /crosswalk/, /crosswalk/2/…: one page of the matrix (its codes as columns against every theme).
import type { Code, SiteData, Theme } from '../content/model';
import { codeCoverage, type Crosswalk } from '../crosswalk/matrix';
import { pageColumns } from '../crosswalk/pages';
import { isReviewed } from '../crosswalk/review';
import { coverageView, type CoverageView } from './coverage';
import { groupThemes, type ThemeGroupOf } from './theme-groups';

export interface CrosswalkPageView {
  pageNumber: number;
  pageCount: number;
  /** The codes on this page, each with its coverage of all themes. */
  codes: { code: Code; coverage: CoverageView }[];
  groups: ThemeGroupOf<Theme>[];
  /** Draft codes among the columns, whose tagging is not reviewed yet. */
  drafts: Code[];
  /** " (codes 11–20 of 500)" when the crosswalk has more than one page, else "". */
  pageNote: string;
}

export function crosswalkPageView(
  site: SiteData,
  crosswalk: Crosswalk,
  pageNumber: number,
): CrosswalkPageView {
  const pages = pageColumns(site.codes);
  const page = pages[pageNumber - 1];
  if (!page) throw new Error(`crosswalk: no page ${pageNumber} (there are ${pages.length})`);
  const codes = page.items;
  return {
    pageNumber,
    pageCount: pages.length,
    codes: codes.map((code) => ({
      code,
      coverage: coverageView(codeCoverage(crosswalk, code.id), 'themes', 'in passing'),
    })),
    groups: groupThemes(site.themes),
    drafts: codes.filter((code) => !isReviewed(code)),
    pageNote:
      pages.length > 1
        ? ` (codes ${page.first}–${page.first + codes.length - 1} of ${site.codes.length})`
        : '',
  };
}
