// The crosswalk is paged by columns so that the page a reader loads stays the same size however many codes
// the site holds: each page shows at most COLUMNS_PER_PAGE codes against every theme.
export const COLUMNS_PER_PAGE = 10;

export interface ColumnPage<T> {
  /** 1-based page number. */
  number: number;
  /** Route parameter: undefined for the first page (/crosswalk/), "2", "3"… after. */
  param: string | undefined;
  items: T[];
  /** Position of the first item on this page among all items (1-based). */
  first: number;
}

export function pageColumns<T>(items: T[], perPage = COLUMNS_PER_PAGE): ColumnPage<T>[] {
  const pages: ColumnPage<T>[] = [];
  for (let start = 0; start < items.length || pages.length === 0; start += perPage) {
    const number = pages.length + 1;
    pages.push({
      number,
      param: number === 1 ? undefined : String(number),
      items: items.slice(start, start + perPage),
      first: start + 1,
    });
    if (items.length === 0) break;
  }
  return pages;
}

/** Path of crosswalk page n, relative to the site base. */
export function crosswalkPagePath(number: number): string {
  return number === 1 ? 'crosswalk/' : `crosswalk/${number}/`;
}
