// /crosswalk/, /crosswalk/2/…: one page of the matrix (its codes as columns against every theme).
import type { Clause, Code, SiteData, Theme } from '../content/model';
import { codeCoverage, type Cell, type Crosswalk } from '../crosswalk/matrix';
import { shortClauseName } from '../crosswalk/names';
import { crosswalkPagePath, pageColumns } from '../crosswalk/pages';
import { isReviewed } from '../crosswalk/review';
import { paths, withBase } from '../paths';
import { coverageView, type CoverageView } from './coverage';
import { groupThemes, type ThemeGroupOf } from './theme-groups';

/** A clause named in a cell: its short name (lib/crosswalk/names.ts) and its place in its code, with base. */
interface CellClause {
  name: string;
  href: string;
}

/** One cell of the matrix, as CrosswalkCell shows it. */
export interface MatrixCell {
  /** The code of its column. */
  code: Code;
  cell: Cell;
  /** The clauses addressing the theme, then those touching on it. */
  direct: CellClause[];
  touches: CellClause[];
}

export interface CrosswalkPageView {
  pageNumber: number;
  pageCount: number;
  /** The codes on this page, each with its code page (with base) and its coverage of all themes. */
  codes: { code: Code; href: string; coverage: CoverageView }[];
  /** The rows by group: each theme with its page (with base) and its cells, one per code on this page. */
  groups: ThemeGroupOf<{ theme: Theme; href: string; cells: MatrixCell[] }>[];
  /** Draft codes among the columns, whose tagging is not reviewed yet. */
  drafts: Code[];
  /** " (codes 11–20 of 500)" when the crosswalk has more than one page, else "". */
  pageNote: string;
  /** The address of crosswalk page n, with base: what the pager links to. */
  pageHref: (number: number) => string;
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function crosswalkPageView(
  site: SiteData,
  crosswalk: Crosswalk,
  pageNumber: number,
  base: string = import.meta.env.BASE_URL,
): CrosswalkPageView {
  const pages = pageColumns(site.codes);
  const page = pages[pageNumber - 1];
  if (!page) throw new Error(`crosswalk: no page ${pageNumber} (there are ${pages.length})`);
  const codes = page.items;
  const at = (path: string) => withBase(path, base);
  const matrixCell = (theme: Theme, code: Code): MatrixCell => {
    const cell = crosswalk.cell(theme.id, code.id);
    const named = (clauses: Clause[]) =>
      clauses.map((clause) => ({
        name: shortClauseName(clause),
        href: at(paths.clause(code.id, clause.id)),
      }));
    return { code, cell, direct: named(cell.direct), touches: named(cell.touches) };
  };
  return {
    pageNumber,
    pageCount: pages.length,
    codes: codes.map((code) => ({
      code,
      href: at(paths.code(code.id)),
      coverage: coverageView(codeCoverage(crosswalk, code.id), 'themes', 'in passing'),
    })),
    groups: groupThemes(site.themes, (theme) => ({
      theme,
      href: at(paths.theme(theme.id)),
      cells: codes.map((code) => matrixCell(theme, code)),
    })),
    drafts: codes.filter((code) => !isReviewed(code)),
    pageNote:
      pages.length > 1
        ? ` (codes ${page.first}–${page.first + codes.length - 1} of ${site.codes.length})`
        : '',
    pageHref: (number) => at(crosswalkPagePath(number)),
  };
}
