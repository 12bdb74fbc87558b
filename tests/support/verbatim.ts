// Verbatim on every surface: a source's words must reach the reader character for character. Only white space
// may differ (a page wraps and indents); quotes, apostrophes and dashes are significant, so a typographic
// substitution ("peers'" shown as "peers’") is caught. Pure functions: the build test applies them to every
// surface, the unit test to seeded examples.
import { normalizeText } from './text';

/** White space collapsed (and no-break spaces made spaces); every other character kept as it is. */
export function collapseSpace(text: string): string {
  return text
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One text a surface must show verbatim: what it is (for messages) and its words. */
export interface ExpectedText {
  id: string;
  text: string;
}

export interface VerbatimMiss {
  surface: string;
  id: string;
  /** Why: the text is missing, or there with quotes, apostrophes or dashes changed (typographic substitution). */
  problem: 'missing' | 'typographic substitution';
  expected: string;
}

/** The expected texts a surface's rendered text does not hold character for character (white space aside). */
export function verbatimMisses(surface: string, expected: ExpectedText[], rendered: string): VerbatimMiss[] {
  const exact = collapseSpace(rendered);
  const loose = normalizeText(rendered);
  return expected
    .filter(({ text }) => !exact.includes(collapseSpace(text)))
    .map(({ id, text }) => ({
      surface,
      id,
      problem: loose.includes(normalizeText(text)) ? 'typographic substitution' : 'missing',
      expected: collapseSpace(text),
    }));
}

/**
 * A text that a surface may shorten to fit (a preview card cuts between words and ends with "…"): what is shown
 * must be the start of the expected text, character for character.
 */
export function shortenedMisses(surface: string, expected: ExpectedText, shown: string): VerbatimMiss[] {
  const whole = collapseSpace(expected.text);
  const text = collapseSpace(shown);
  const cut = text.endsWith('…');
  const kept = cut ? text.slice(0, -1).trimEnd() : text;
  const fits = (full: string, part: string) =>
    cut ? part.length > 0 && full.startsWith(part) : full === part;
  if (fits(whole, kept)) return [];
  return [
    {
      surface,
      id: expected.id,
      problem: fits(normalizeText(whole), normalizeText(kept)) ? 'typographic substitution' : 'missing',
      expected: whole,
    },
  ];
}
