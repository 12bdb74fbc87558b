// Which page links a pager shows: every page while there are few, else the first, the last and the current
// page with its neighbours, "gap" marking the numbers left out. The code list and the crosswalk share it.

/** One entry of a pager: a page's number, or a gap where numbers are left out. */
export type PageRangeItem = number | 'gap';

/** With this many pages or fewer, every page is listed. */
export const PAGER_LIST_ALL = 9;
/** Neighbours shown on each side of the current page when the list is shortened. */
const NEIGHBOURS = 2;

export function pageRange(current: number, count: number): PageRangeItem[] {
  if (count <= PAGER_LIST_ALL) return Array.from({ length: count }, (_, index) => index + 1);
  const shown = new Set([1, count]);
  for (let number = current - NEIGHBOURS; number <= current + NEIGHBOURS; number += 1)
    if (number >= 1 && number <= count) shown.add(number);
  const items: PageRangeItem[] = [];
  let last = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    if (number - last === 2) items.push(number - 1);
    else if (number - last > 2) items.push('gap');
    items.push(number);
    last = number;
  }
  return items;
}
