// Turns plain source text (often copied from a PDF) into units: one per paragraph, list item, heading or
// signature line, with the lines a PDF wrapped mid-sentence joined back. Words are never changed; only white
// space between lines is. Every join is recorded so the importer can report it.

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

/** A list marker at the start of a line: "1.", "2)", "a.", "(b)", "NOTE:". */
export const NUMBER_MARKER = /^(\d{1,3})([.)])\s+(\S.*)$/;
export const LETTER_MARKER = /^(\(?([a-z])[.)])\s+(\S.*)$/;
export const NOTE_MARKER = /^(NOTE|Note)\s*[:.\u2013\u2014-]\s*(\S.*)$/;
/** "Principle I – Respect", "Section 2: Conduct", "Article 3. Duties", "Value 4". */
export const NUMBERED_HEADING =
  /^(Principle|Section|Article|Part|Standard|Value|Canon)\s+([IVXLC]+|\d{1,3})\b\s*[.:\u2013\u2014-]?\s*(.*)$/;
/** "Principle: Recovery First", as some codes name their principles. */
export const NAMED_HEADING = /^(Principle|Value|Standard|Canon)\s*:\s*(\S.*)$/;
/** A line of a signature block: a field to fill in ("Signature: _____", "Date:"). */
export const SIGNATURE_FIELD =
  /(_{3,})|^(Printed Name|Print Name|Name|Signature|Date|Title|Credential)s?\s*:\s*$/i;

const TERMINAL_PUNCTUATION = /[.,;:!?)"'\u201D\u2019-]$/;

/** Collapses runs of white space inside one line and trims it. */
export function tidyLine(line: string): string {
  return line.replace(/[\t \u00A0]+/g, ' ').trim();
}

/** True for a line that is a heading by its own form: a numbered or named principle, section or article. */
export function isPatternHeading(text: string): boolean {
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered) return isShortName(numbered[3] ?? '');
  const named = NAMED_HEADING.exec(text);
  return named ? isShortName(named[2] ?? '') : false;
}

function isShortName(name: string): boolean {
  return name.split(' ').length <= 10 && !/[.,;:]$/.test(name);
}

/**
 * True for a short line that looks like a title or a heading: at most eight words, no closing punctuation, and
 * every word capitalised but the small ones ("Relationship with Clients", "Conflicts of Interest").
 */
export function isHeadingLike(text: string): boolean {
  if (!text || TERMINAL_PUNCTUATION.test(text) || startsWithMarker(text)) return false;
  const words = text.split(' ');
  if (words.length > 8 || text.length > 80) return false;
  if (!/^[A-Z0-9]/.test(text)) return false;
  return words.every((word) => SMALL_WORDS.has(word) || /^[A-Z0-9(\u2018\u201C"'&]/.test(word));
}

/** Words a title leaves in lower case. */
const SMALL_WORDS = new Set(
  'a an and as at by for from in into nor of on or over per the to upon via vs with within without'.split(
    ' ',
  ),
);

function startsWithMarker(text: string): boolean {
  return NUMBER_MARKER.test(text) || LETTER_MARKER.test(text) || NOTE_MARKER.test(text);
}

/** Lines that always start a unit of their own, even without a blank line before them. */
function startsUnit(text: string): boolean {
  return startsWithMarker(text) || isPatternHeading(text) || SIGNATURE_FIELD.test(text);
}

/** Splits source text into units. `firstLine` is the 1-based line number of the text's first line in its file. */
export function splitUnits(source: string, firstLine = 1): Unit[] {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map(tidyLine);
  const units: Unit[] = [];
  let current: Unit | null = null;
  // A unit that must not take the next line in (a heading or a signature field).
  let closed = false;
  const close = () => {
    if (current) units.push(current);
    current = null;
    closed = false;
  };
  lines.forEach((text, index) => {
    const line = firstLine + index;
    if (!text) return close();
    const next = lines[index + 1] ?? '';
    if (!current || closed || startsUnit(text)) {
      close();
      current = { text, line, lines: 1, hyphenJoin: false };
      // A heading printed directly above its first paragraph, with no blank line: keep it apart.
      closed =
        isPatternHeading(text) ||
        SIGNATURE_FIELD.test(text) ||
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
