// Turns plain source text (often copied from a PDF) into units: one per paragraph, list item, heading or
// signature line, with the lines a PDF wrapped mid-sentence joined back. Words are never changed; only white
// space between lines is. Every join is recorded so the importer can report it.

import { NAMED_HEADING, NUMBERED_HEADING, isShortName, readMarker } from './markers';

/** One piece of the source: a paragraph, an item with its marker, a heading or a signature line. */
export interface Unit {
  /** The unit's text with its lines joined (white space between them normalised to one space). */
  text: string;
  /** 1-based line of the source where the unit starts. */
  line: number;
  /** How many source lines were joined into this unit (1 when none). */
  lines: number;
  /** True where a line ending in a hyphen was joined to the next without a space ("self-" + "determination"). */
  hyphenJoin: boolean;
}

/** A line of a signature block: a field to fill in ("Signature: _____", "Date:"). */
export const SIGNATURE_FIELD =
  /(_{3,})|^(Printed Name|Print Name|Name|Signature|Date|Title|Credential)s?\s*:\s*$/i;

const TERMINAL_PUNCTUATION = /[.,;:!?)"'\u201D\u2019-]$/;

/** Collapses runs of white space inside one line and trims it. */
export function tidyLine(line: string): string {
  return line.replace(/[\t\f\v \u00A0]+/g, ' ').trim();
}

/** True for a line that is a heading by its own form: a numbered or named principle, section or article. */
export function isPatternHeading(text: string): boolean {
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered) return isShortName(numbered[3] ?? '');
  const named = NAMED_HEADING.exec(text);
  if (named) return isShortName(named[2] ?? '');
  // "II. Confidentiality": a roman numeral before a short title-cased name.
  const roman = readMarker(text);
  return roman?.kind === 'roman' && isHeadingLike(roman.text);
}

/**
 * True for a short line that looks like a title or a heading: at most eight words, no closing punctuation, and
 * every word capitalised but the small ones ("Relationship with Clients", "Conflicts of Interest").
 */
export function isHeadingLike(text: string, maxWords = 8, maxLength = 80): boolean {
  if (!text || TERMINAL_PUNCTUATION.test(text) || startsWithMarker(text)) return false;
  const words = text.split(' ');
  if (words.length > maxWords || text.length > maxLength) return false;
  if (!/^[A-Z0-9]/.test(text)) return false;
  return words.every(
    (word) => SMALL_WORDS.has(word) || /^[A-Z0-9(\u2018\u201C"'&\u2013\u2014/|:-]/.test(word),
  );
}

/** A document's first line read as its title: title-cased like a heading, but up to 25 words long. */
export function isTitleLike(text: string): boolean {
  return isHeadingLike(text, 25, 200);
}

/** Words a title leaves in lower case. */
const SMALL_WORDS = new Set(
  'a an and as at by for from in into nor of on or over per the to upon via vs with within without'.split(
    ' ',
  ),
);

function startsWithMarker(text: string): boolean {
  return readMarker(text) !== null;
}

/** Lines that always start a unit of their own, even without a blank line before them. */
function startsUnit(text: string): boolean {
  return startsWithMarker(text) || isPatternHeading(text) || SIGNATURE_FIELD.test(text);
}

/** Options for splitting: lines to leave out (page furniture), and the title the caller expects first. */
export interface SplitOptions {
  /** 1-based line number of the text's first line in its file. */
  firstLine?: number;
  /** 1-based line numbers to leave out, as if they were not there (page furniture). */
  skip?: ReadonlySet<number>;
}

/** Splits source text into units. */
export function splitUnits(source: string, { firstLine = 1, skip = new Set() }: SplitOptions = {}): Unit[] {
  const lines = keptLines(source.replace(/^\uFEFF/, '').split(/\r?\n/), firstLine, skip);
  const firstText = lines.findIndex((entry) => entry.text);
  const units: Unit[] = [];
  let current: Unit | null = null;
  // A unit that must not take the next line in (a heading or a signature field).
  let closed = false;
  const close = () => {
    if (current) units.push(current);
    current = null;
    closed = false;
  };
  lines.forEach(({ text, line }, index) => {
    if (!text) return close();
    const next = lines[index + 1]?.text ?? '';
    if (!current || closed || startsUnit(text)) {
      close();
      current = { text, line, lines: 1, hyphenJoin: false };
      // A heading printed directly above its first paragraph, with no blank line: keep it apart. The first line
      // is kept apart when it reads as a title, however long.
      closed =
        isPatternHeading(text) ||
        SIGNATURE_FIELD.test(text) ||
        (index === firstText && isTitleLike(text)) ||
        (isHeadingLike(text) && /^[A-Z0-9"\u201C(]/.test(next));
      return;
    }
    // A line wrapped mid-sentence: join it back. A hyphen at the end of a line stays, with no space after it.
    const hyphen = /[A-Za-z]-$/.test(current.text) && /^[a-z]/.test(text);
    current.text = hyphen ? `${current.text}${text}` : `${current.text} ${text}`;
    current.lines += 1;
    current.hyphenJoin ||= hyphen;
  });
  close();
  return units;
}

/**
 * The tidied lines with their line numbers, without the skipped ones. Where skipped lines (a page break's
 * furniture) sat between blank lines, those blank lines go too unless the text on either side reads as two
 * paragraphs (a sentence ends before, a capital starts after), so an item the page broke is joined back.
 */
function keptLines(
  raw: string[],
  firstLine: number,
  skip: ReadonlySet<number>,
): { text: string; line: number }[] {
  const all = raw.map((text, index) => ({ text: tidyLine(text), line: firstLine + index }));
  const kept: { text: string; line: number }[] = [];
  let index = 0;
  while (index < all.length) {
    const entry = all[index]!;
    // A stretch of blank and skipped lines holding at least one skipped line.
    let end = index;
    while (end < all.length && (!all[end]!.text || skip.has(all[end]!.line))) end += 1;
    const stretch = all.slice(index, end);
    if (stretch.some((each) => skip.has(each.line))) {
      const before = kept.findLast((each) => each.text)?.text ?? '';
      const after = all[end]?.text ?? '';
      const hadBlank = stretch.some((each) => !each.text);
      const paragraphBreak = /[.!?:;]["\u201D\u2019)]?$/.test(before) && /^[A-Z"\u201C(]/.test(after);
      if (hadBlank && (paragraphBreak || !before)) kept.push({ text: '', line: stretch[0]!.line });
      index = end;
      continue;
    }
    kept.push(entry);
    index += 1;
  }
  return kept;
}
