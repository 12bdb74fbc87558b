// Page furniture in text copied from a PDF: page numbers, "Page 2 of 5", running headers and footers repeated on
// every page, and form feeds. None of it is the code's text; every line dropped is listed in the report, and the
// fidelity test skips exactly those lines (the region's `dropped`).
import { isPatternHeading, tidyLine } from './units';
import { readMarker } from './markers';

export interface DroppedLine {
  /** 1-based line in the source file. */
  line: number;
  /** The line as printed (tidied). */
  text: string;
  /** Why it was dropped, for the report. */
  why: string;
}

/** A line that is only a page number: "3", "- 3 -", "Page 3", "Page 3 of 5", "3 of 5", "p. 3". */
const PAGE_NUMBER =
  /^(?:[-\u2013\u2014]\s*)?(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?(?:\s*[-\u2013\u2014])?$/i;
/** A short footer ending in a page count: "Code of Ethics – Page 2 of 5", "CPS Values | Page 3". */
const PAGE_FOOTER = /\bpage\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;

const words = (text: string) => text.split(' ').length;

/** A line's shape with its numbers masked, so "Rev. 2019 – page 2" and "Rev. 2019 – page 3" count as one header. */
const shape = (text: string) => text.replace(/\d+/g, '#').toLowerCase();

/**
 * The furniture among `lines` (the raw lines of the text; `firstLine` is the first one's line number in its file).
 * A repeated header is only a short line that is not a list item, heading or lead-in; the document's first line
 * is its title, even when the same words are repeated at the top of every page.
 */
export function findFurniture(lines: string[], firstLine = 1): DroppedLine[] {
  const tidy = lines.map(tidyLine);
  const firstText = tidy.findIndex(Boolean);
  const counts = new Map<string, number>();
  for (const text of tidy) if (text) counts.set(shape(text), (counts.get(shape(text)) ?? 0) + 1);
  const dropped: DroppedLine[] = [];
  tidy.forEach((text, index) => {
    if (!text) return;
    const line = firstLine + index;
    if (PAGE_NUMBER.test(text)) dropped.push({ line, text, why: 'a page number' });
    else if (PAGE_FOOTER.test(text) && words(text) <= 12) dropped.push({ line, text, why: 'a page footer' });
    else if (index !== firstText && isRunningHeader(text, counts.get(shape(text)) ?? 0))
      dropped.push({
        line,
        text,
        why: `a running header or footer (printed ${counts.get(shape(text))} times)`,
      });
  });
  return dropped;
}

function isRunningHeader(text: string, count: number): boolean {
  return (
    count >= 2 &&
    words(text) <= 12 &&
    !/[.,;:!?]$/.test(text) &&
    readMarker(text) === null &&
    !isPatternHeading(text)
  );
}

/** Source lines that hold a form feed (a page break), 1-based. */
export function formFeedLines(lines: string[], firstLine = 1): number[] {
  return lines.flatMap((text, index) => (text.includes('\f') ? [firstLine + index] : []));
}
