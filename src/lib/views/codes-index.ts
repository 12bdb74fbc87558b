// /codes/ and, above CODE_LIST_MAX_CODES codes, /codes/page/2/…: which codes a page of the list shows, its
// pager and the counts in its lede. Up to the threshold /codes/ is the one page it always was.
import { factText } from '../marks';
import { CODE_LIST_MAX_CODES, CODE_LIST_PAGE_SEGMENT } from '../constants';
import type { Code, SiteData } from '../content/model';
import { pageColumns } from '../crosswalk/pages';
import type { CodeIndexFile } from '../exports/code-index';
import { paths, withBase } from '../paths';
import { siteCounts, type SiteCounts } from './home';

/** A code as a card of the code list (CodeList.astro). */
export interface CodeCard {
  code: Code;
  /** The code's page, with base. */
  href: string;
}

export interface CodesIndexView {
  pageNumber: number;
  pageCount: number;
  /** The codes on this page, as cards. */
  cards: CodeCard[];
  counts: SiteCounts;
  /** " (codes 25–48 of 500)" on a paged list, else "". */
  rangeNote: string;
  /** Every page of the list, first to last, with base: the pager's links. */
  pageHrefs: string[];
  /** The previous and next pages, with base, where there are. */
  previous?: string;
  next?: string;
}

/** Path of page n of the code list, relative to the site base: /codes/ first, then /codes/page/2/… */
export function codeListPagePath(number: number): string {
  return number === 1 ? paths.codes() : `${paths.codes()}${CODE_LIST_PAGE_SEGMENT}/${number}/`;
}

function listPages(codes: Code[]) {
  return pageColumns(
    codes,
    codes.length <= CODE_LIST_MAX_CODES ? Math.max(codes.length, 1) : CODE_LIST_MAX_CODES,
  );
}

/** The page numbers of /codes/page/<n>/ (none up to CODE_LIST_MAX_CODES codes: /codes/ holds them all). */
export function codeListPageNumbers(site: SiteData): number[] {
  return listPages(site.codes)
    .map((page) => page.number)
    .filter((number) => number > 1);
}

/** The codes as cards; `base` is the site's base path ("/", "/ethics/"), which every href carries. */
export function codeCards(codes: Code[], base: string = import.meta.env.BASE_URL): CodeCard[] {
  return codes.map((code) => ({ code, href: withBase(paths.code(code.id), base) }));
}

/** Page `pageNumber` of the list; every href carries `base`, as in codeCards. */
export function codesIndexView(
  site: SiteData,
  pageNumber: number,
  base: string = import.meta.env.BASE_URL,
): CodesIndexView {
  const pages = listPages(site.codes);
  const page = pages[pageNumber - 1];
  if (!page) throw new Error(`codes list: no page ${pageNumber} (there are ${pages.length})`);
  const last = page.first + page.items.length - 1;
  const pageHrefs = pages.map(({ number }) => withBase(codeListPagePath(number), base));
  return {
    pageNumber,
    pageCount: pages.length,
    cards: codeCards(page.items, base),
    counts: siteCounts(site),
    rangeNote: pages.length > 1 ? ` (codes ${page.first}–${last} of ${site.codes.length})` : '',
    pageHrefs,
    previous: pageNumber > 1 ? pageHrefs[pageNumber - 2] : undefined,
    next: pageHrefs[pageNumber],
  };
}

/** /data/code-index.json: every code's names and page. */
export function codeIndexFile(codes: Code[], base: string): CodeIndexFile {
  return {
    codes: codes.map((code) => ({
      id: code.id,
      title: code.data.title,
      shortTitle: code.data.shortTitle,
      // Shown in the filtered code list: marked where we identified it (lib/marks.ts).
      issuer: factText(code.data, 'issuer', code.data.issuer),
      url: withBase(paths.code(code.id), base),
    })),
  };
}
