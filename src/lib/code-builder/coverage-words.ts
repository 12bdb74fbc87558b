// The builder's coverage in words: the line above the meter, the missing themes' summary and sentence, and each
// theme's state. CodeBuilder.astro draws them for an empty draft and <code-builder> redraws them as the draft
// changes, so the page reads the same before its script has loaded (it loads on first use) as after.

/** "Covers 3 of 24 themes". */
export function coverageLine(covered: number, total: number): string {
  return `Covers ${covered} of ${total} themes`;
}

/** The missing list's summary: "Missing 21 of 24", or "Nothing missing". */
export function missingSummary(missing: number, total: number): string {
  return missing ? `Missing ${missing} of ${total}` : 'Nothing missing';
}

/** Whether the missing list opens by itself: a short list is worth showing outright; a long one would bury the page. */
export function missingShownOutright(missing: number): boolean {
  return missing <= 8;
}

/** The missing sentence's words around its theme links: "Missing: ", what goes before each link, and "." */
export function missingSentence(count: number): { lead: string; before: string[]; end: string } {
  return {
    lead: 'Missing: ',
    before: Array.from({ length: count }, (_, index) =>
      index === 0 ? '' : index === count - 1 ? ' and ' : ', ',
    ),
    end: '.',
  };
}

/** Said in place of the sentence when no theme is missing. */
export const NOTHING_MISSING = 'Every theme is covered.';

/** A theme's state beside its heading. */
export function themeState(covered: boolean): string {
  return covered ? 'covered' : 'not covered';
}
